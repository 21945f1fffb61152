import { isDomainError } from '#domain';

/**
 * How the consumer treats a failed event: `permanent` is dead-lettered at once (the domain refused it),
 * `transient` is retried for as long as it lasts (the database or broker is away), `unexpected` is retried a
 * few times and then dead-lettered (a bug, or an event that refers to something not delivered yet).
 */
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
  if (isDomainError(error)) return error.kind === 'not-yet-processable' ? 'unexpected' : 'permanent';
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
