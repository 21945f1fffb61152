/**
 * Kafka's answers that refuse the records themselves and would refuse them again however often they are
 * sent: too large, malformed, or not acceptable for the topic. Anything else (a broker away, a leader
 * moving, an unknown topic, missing rights) is the cluster's state or its configuration, and is retried.
 */
const PERMANENT_REFUSALS = new Set([
  'MESSAGE_TOO_LARGE',
  'RECORD_LIST_TOO_LARGE',
  'INVALID_RECORD',
  'INVALID_TIMESTAMP',
  'INVALID_TOPIC_EXCEPTION',
  'UNSUPPORTED_FOR_MESSAGE_FORMAT',
]);

export interface BrokerRefusal {
  /** Kafka's error name, e.g. MESSAGE_TOO_LARGE. */
  code: string;
  /** The broker's words. */
  message: string;
}

/** The permanent refusal behind a failed send, or undefined when the failure may pass. */
export function brokerRefusal(error: unknown): BrokerRefusal | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const candidate = current as {
      type?: unknown;
      message?: unknown;
      cause?: unknown;
      originalError?: unknown;
    };
    if (typeof candidate.type === 'string' && PERMANENT_REFUSALS.has(candidate.type)) {
      const message = typeof candidate.message === 'string' ? candidate.message : candidate.type;
      return { code: candidate.type, message };
    }
    const next = candidate.cause ?? candidate.originalError;
    current = next === current ? undefined : next;
  }
  return undefined;
}
