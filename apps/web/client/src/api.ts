/** The services the web server forwards to: /api/<service>/<path> with the signed-in user's token. */
export type Service = 'settlement' | 'reception' | 'care-centres';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: unknown,
  ) {
    super(message);
  }
}

async function answer<T>(response: Response): Promise<T> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: kept as text
  }
  if (!response.ok) {
    const message =
      body && typeof body === 'object' && 'message' in body ? String(body.message) : `${response.status}`;
    throw new ApiError(response.status, message, body);
  }
  return body as T;
}

export async function apiGet<T>(service: Service, path: string): Promise<T> {
  return answer<T>(await fetch(`/api/${service}${path}`, { headers: { accept: 'application/json' } }));
}

/** A change: sent with the header the server requires of the workbench's own page. */
export async function apiSend<T>(
  service: Service,
  method: 'POST' | 'PUT',
  path: string,
  body: unknown,
): Promise<T> {
  return answer<T>(
    await fetch(`/api/${service}${path}`, {
      method,
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-workbench': '1' },
      body: JSON.stringify(body),
    }),
  );
}
