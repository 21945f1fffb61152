import { integerVariable, listVariable, SERVICE_NAMES } from './config-variable.js';

/** The settings of every service's HTTP edge: which browser origins may call it, and how often a caller may. */

/** An origin as a browser sends it: scheme, host and port, nothing after. */
function origin(text: string): string | undefined {
  try {
    const url = new URL(text);
    return ['http:', 'https:'].includes(url.protocol) && url.origin === text ? text : undefined;
  } catch {
    return undefined;
  }
}

export const CORS_ALLOWED_ORIGINS = listVariable({
  name: 'CORS_ALLOWED_ORIGINS',
  description:
    'the browser origins that may call the API from their pages (CORS); none by default, so browsers refuse cross-origin calls',
  readBy: SERVICE_NAMES,
  default: { value: [] },
  item: origin,
  expected:
    'a comma-separated list of origins such as https://workbench.example (scheme, host and port only)',
});

export const RATE_LIMIT_REQUESTS = integerVariable({
  name: 'RATE_LIMIT_REQUESTS',
  description:
    "HTTP requests one caller (the token's subject, or the address for calls without a token) may make per window and instance; more answer 429 with Retry-After",
  readBy: SERVICE_NAMES,
  default: { value: 1000 },
  min: 1,
  max: 1000000,
});

export const RATE_LIMIT_WINDOW_SECONDS = integerVariable({
  name: 'RATE_LIMIT_WINDOW_SECONDS',
  description: 'the window of RATE_LIMIT_REQUESTS; a caller over the limit waits until its window ends',
  readBy: SERVICE_NAMES,
  default: { value: 60 },
  min: 1,
  max: 86400,
});
