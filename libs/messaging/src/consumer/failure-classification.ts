/** Thrown by a handler when the event can never be processed (for example it names an unknown centre). */
export class PermanentEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentEventError';
  }
}

/**
 * Thrown by a handler when the event cannot be processed yet but may soon (it refers to something another
 * partition has not delivered yet): retried a few times with backoff, then dead-lettered with this message.
 */
export class NotYetProcessableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotYetProcessableError';
  }
}

export type FailureKind = 'permanent' | 'transient' | 'unexpected';

const TRANSIENT_NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATE classes and codes that mean "try again later": connection exceptions (08),
 * insufficient resources (53), operator intervention such as a restart (57P0x), and serialization failures.
 */
function isTransientSqlState(code: string): boolean {
  return (
    code.startsWith('08') ||
    code.startsWith('53') ||
    /^57P0[1-4]$/.test(code) ||
    code === '40001' ||
    code === '40P01'
  );
}

export function classifyFailure(error: unknown): FailureKind {
  if (error instanceof PermanentEventError) return 'permanent';
  for (const candidate of causes(error)) {
    const code = (candidate as { code?: unknown }).code;
    if (typeof code === 'string' && (TRANSIENT_NETWORK_CODES.has(code) || isTransientSqlState(code))) {
      return 'transient';
    }
    const message = candidate instanceof Error ? candidate.message : '';
    if (
      /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
        message,
      )
    ) {
      return 'transient';
    }
    if ((candidate as { retriable?: unknown }).retriable === true) return 'transient';
  }
  return 'unexpected';
}

function* causes(error: unknown): Generator<unknown> {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    yield current;
    const next = current as { driverError?: unknown; cause?: unknown; originalError?: unknown };
    current = next.driverError ?? next.cause ?? next.originalError;
  }
}
