import type { Request } from 'express';

export class BodyTooLargeError extends Error {}

/** The request's body as sent, up to `limit` bytes. */
export async function readBody(request: Request, limit: number): Promise<Buffer | undefined> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLargeError(`The request body is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  return chunks.length > 0 ? Buffer.concat(chunks) : undefined;
}
