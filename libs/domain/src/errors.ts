/**
 * Errors of the domain, neutral about how a request came in: the HTTP filter answers them with 404/409/422,
 * the Kafka consumer dead-letters them (or parks "not yet processable" ones until what they await has come).
 */
export type DomainErrorKind = 'not-found' | 'rejected' | 'conflict' | 'not-yet-processable';

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;

  /**
   * @param message its first line is the summary a caller is shown; further lines are for logs
   * @param field the input field the error is about, when there is one (named in the HTTP answer)
   * @param details what a caller needs to put the input right (a rule set's problems with their paths)
   */
  constructor(
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** What the input names does not exist (an unknown household, municipality or distribution). */
export class NotFoundError extends DomainError {
  readonly kind = 'not-found';
}

/** The input breaks a rule of the domain and never will be acceptable as it is. */
export class RejectedError extends DomainError {
  readonly kind = 'rejected';
}

/** The input contradicts the current state (a distribution already issued, a place already taken). */
export class ConflictError extends DomainError {
  readonly kind = 'conflict';
}

/** The input refers to something not known yet but that may come soon (another partition is behind). */
export class NotYetProcessableError extends DomainError {
  readonly kind = 'not-yet-processable';
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
