import { brokerRefusal } from './broker-refusal.js';

/** Shaped like kafkajs' errors: KafkaJSProtocolError carries Kafka's error type; retries wrap it as `cause`. */
function protocolError(type: string, retriable: boolean, message = type): Error {
  return Object.assign(new Error(message), { name: 'KafkaJSProtocolError', type, retriable });
}

describe('brokerRefusal', () => {
  it('recognises a record the broker will never take: too large, invalid', () => {
    const tooLarge = protocolError(
      'MESSAGE_TOO_LARGE',
      false,
      'The request included a message larger than the max message size the server will accept',
    );
    expect(brokerRefusal(tooLarge)).toEqual({
      code: 'MESSAGE_TOO_LARGE',
      message: 'The request included a message larger than the max message size the server will accept',
    });
    expect(brokerRefusal(protocolError('INVALID_RECORD', false))?.code).toBe('INVALID_RECORD');
    const wrapped = Object.assign(new Error('retries'), {
      cause: protocolError('RECORD_LIST_TOO_LARGE', false),
    });
    expect(brokerRefusal(wrapped)?.code).toBe('RECORD_LIST_TOO_LARGE');
  });

  it('leaves failures that may pass to be retried: broker away, unknown topic, leader moving, rights', () => {
    const exhausted = Object.assign(new Error('This server does not host this topic-partition'), {
      name: 'KafkaJSNumberOfRetriesExceeded',
      cause: protocolError('UNKNOWN_TOPIC_OR_PARTITION', true),
    });
    expect(brokerRefusal(exhausted)).toBeUndefined();
    expect(brokerRefusal(protocolError('NOT_LEADER_FOR_PARTITION', true))).toBeUndefined();
    expect(brokerRefusal(protocolError('TOPIC_AUTHORIZATION_FAILED', false))).toBeUndefined();
    expect(
      brokerRefusal(Object.assign(new Error('Connection error'), { code: 'ECONNREFUSED' })),
    ).toBeUndefined();
  });
});
