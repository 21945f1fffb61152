import { useEffect, useState } from 'react';

import type { UserView } from './navigation';

export type SessionState =
  { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; user: UserView };

/** Who is signed in, from the server's session (the browser never sees a token). */
export function useSession(): SessionState {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  useEffect(() => {
    fetch('/auth/me', { headers: { accept: 'application/json' } })
      .then((response) => response.json() as Promise<{ user: UserView | null }>)
      .then(({ user }) => setState(user ? { status: 'signed-in', user } : { status: 'signed-out' }))
      .catch(() => setState({ status: 'signed-out' }));
  }, []);
  return state;
}

export function signInUrl(returnTo: string, language: string): string {
  return `/auth/login?${new URLSearchParams({ returnTo, lang: language }).toString()}`;
}

export async function signOut(): Promise<void> {
  const response = await fetch('/auth/logout', { method: 'POST', headers: { 'x-workbench': '1' } });
  const { next } = (await response.json()) as { next: string };
  window.location.assign(next);
}
