import { useCallback, useEffect, useRef, useState } from 'react';

export interface Polled<T> {
  data?: T;
  error?: Error;
  updatedAt?: Date;
  refresh: () => void;
}

/** Loads with `load` now and every `intervalMs` while the page is open; keeps the last answer on a failure. */
export function usePolling<T>(load: () => Promise<T>, intervalMs: number, key = ''): Polled<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; updatedAt?: Date }>({});
  const loadRef = useRef(load);
  loadRef.current = load;
  const run = useCallback(() => {
    loadRef.current().then(
      (data) => setState({ data, updatedAt: new Date() }),
      (error: Error) => setState((previous) => ({ ...previous, error })),
    );
  }, []);
  useEffect(() => {
    setState({});
    run();
    const timer = window.setInterval(run, intervalMs);
    return () => window.clearInterval(timer);
  }, [run, intervalMs, key]);
  return { ...state, refresh: run };
}
