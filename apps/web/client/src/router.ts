import { useEffect, useState } from 'react';

/** The current path, following pushState navigation and the browser's back and forward. */
export function usePath(): string {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const changed = () => setPath(window.location.pathname);
    window.addEventListener('popstate', changed);
    window.addEventListener('workbench:navigate', changed);
    return () => {
      window.removeEventListener('popstate', changed);
      window.removeEventListener('workbench:navigate', changed);
    };
  }, []);
  return path;
}

export function navigate(path: string): void {
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event('workbench:navigate'));
}
