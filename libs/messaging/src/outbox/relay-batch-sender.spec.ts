import type { BrokerRefusal } from './broker-refusal.js';
import type { OutboxRow } from './outbox-record.js';
import { RelayBatchSender, type SendRecorder } from './relay-batch-sender.js';
import { type PartitionCounts, partitionOfKey } from './topic-partitions.js';

const TOPIC = 'reception.escalations';
const PHYSICAL = `test.${TOPIC}`;
const PARTITIONS = 3;

/** A key for each partition of the topic, so the rows land where the test wants them. */
const keyOn = (partition: number): string => {
  for (let i = 0; ; i += 1)
    if (partitionOfKey(PHYSICAL, `key-${i}`, PARTITIONS) === partition) return `key-${i}`;
};

function row(position: number, partition: number, text = 'fine', topic = TOPIC): OutboxRow {
  return {
    position: String(position),
    event_id: `event-${position}`,
    topic,
    message_key: keyOn(partition),
    event_type: 'reception.escalation-raised.v1',
    payload: { id: `event-${position}`, text },
  };
}

interface Request {
  topic: string;
  partitions: number[];
  positions: string[];
}

/** A producer that takes or refuses requests as the test says, and remembers each. */
class FakeProducer {
  readonly requests: Request[] = [];
  constructor(private readonly answer: (request: Request) => Error | undefined) {}

  send = async (record: {
    topic: string;
    messages: { value: string; partition?: number }[];
  }): Promise<never[]> => {
    const request = {
      topic: record.topic,
      partitions: [...new Set(record.messages.map((message) => message.partition ?? -1))],
      positions: record.messages.map((message) => (JSON.parse(message.value) as { id: string }).id.slice(6)),
    };
    this.requests.push(request);
    const error = this.answer(request);
    if (error) throw error;
    return Promise.resolve([]);
  };
}

const tooLarge = () =>
  Object.assign(new Error('The request included a message larger than the max message size'), {
    name: 'KafkaJSProtocolError',
    type: 'MESSAGE_TOO_LARGE',
    retriable: false,
  });
const leaderAway = () =>
  Object.assign(new Error('There is no leader for this topic-partition'), {
    name: 'KafkaJSNumberOfRetriesExceeded',
    cause: { type: 'LEADER_NOT_AVAILABLE', retriable: true },
  });

class Counts implements PartitionCounts {
  readonly forgotten: string[] = [];
  constructor(private readonly counts: Record<string, number>) {}
  countOf(topic: string): Promise<number> {
    const count = this.counts[topic];
    return count === undefined ? Promise.reject(new Error('unknown topic')) : Promise.resolve(count);
  }
  forget(topic: string): void {
    this.forgotten.push(topic);
  }
}

/** Records what the sender reports, as the relay's transaction would (or fails, as a database away would). */
class Recorder implements SendRecorder {
  readonly sentPositions: string[] = [];
  readonly refusedRows: { position: string; code: string }[] = [];
  constructor(private readonly databaseAway = false) {}

  sent(rows: OutboxRow[]): Promise<void> {
    if (this.databaseAway) return Promise.reject(new Error('the database is away'));
    this.sentPositions.push(...rows.map((entry) => entry.position));
    return Promise.resolve();
  }

  refused(entry: OutboxRow, refusal: BrokerRefusal): Promise<void> {
    this.refusedRows.push({ position: entry.position, code: refusal.code });
    return Promise.resolve();
  }
}

function sender(
  producer: FakeProducer,
  counts = new Counts({ [PHYSICAL]: PARTITIONS }),
  maxRequestBytes = 1_000_000,
) {
  return new RelayBatchSender(producer, counts, { topicPrefix: 'test.', maxRequestBytes });
}

describe('RelayBatchSender', () => {
  it('sends one partition per request, each on the partition the producer would choose for its key', async () => {
    const producer = new FakeProducer(() => undefined);
    const recorder = new Recorder();
    const rows = [row(1, 0), row(2, 1), row(3, 2), row(4, 0), row(5, 1)];
    const outcome = await sender(producer).send(rows, recorder);

    expect(outcome).toEqual({ sent: 5, refused: 0 });
    expect(recorder.sentPositions.sort()).toEqual(['1', '2', '3', '4', '5']);
    for (const request of producer.requests) {
      expect(request.topic).toBe(PHYSICAL);
      expect(request.partitions).toHaveLength(1);
    }
    expect(producer.requests.map((request) => [request.partitions[0], request.positions]).sort()).toEqual([
      [0, ['1', '4']],
      [1, ['2', '5']],
      [2, ['3']],
    ]);
  });

  it('refuses a poison row for good and sends every other row once, those behind it on its partition too', async () => {
    const producer = new FakeProducer((request) =>
      request.positions.includes('3') ? tooLarge() : undefined,
    );
    const recorder = new Recorder();
    const rows = [row(1, 0), row(2, 1), row(3, 0, 'poison'), row(4, 0), row(5, 2), row(6, 0)];
    const relay = sender(producer);
    const outcome = await relay.send(rows, recorder);

    expect(outcome).toEqual({ sent: 5, refused: 1 });
    expect(recorder.refusedRows).toEqual([{ position: '3', code: 'MESSAGE_TOO_LARGE' }]);
    expect(recorder.sentPositions.sort()).toEqual(['1', '2', '4', '5', '6']);
    // Partition 0's request was refused as a whole; its rows then went one by one, in order.
    const partitionZero = producer.requests.filter((request) => request.partitions[0] === 0);
    expect(partitionZero.map((request) => request.positions)).toEqual([
      ['1', '3', '4', '6'],
      ['1'],
      ['3'],
      ['4'],
      ['6'],
    ]);
    expect(relay.counters).toEqual({ requests: 7, failedRequests: 2, sent: 5, deadLettered: 1 });
  });

  it('sends a row larger than a request alone, so one refusal costs one attempt', async () => {
    const producer = new FakeProducer((request) =>
      request.positions.includes('2') ? tooLarge() : undefined,
    );
    const recorder = new Recorder();
    const relay = sender(producer, undefined, 2_000);
    const outcome = await relay.send([row(1, 0), row(2, 0, 'x'.repeat(5_000)), row(3, 0)], recorder);

    expect(outcome).toEqual({ sent: 2, refused: 1 });
    expect(producer.requests.map((request) => request.positions)).toEqual([['1'], ['2'], ['3']]);
    expect(relay.counters.failedRequests).toBe(1);
  });

  it('on a failure that may pass, records what the other partitions delivered and stops only the failing one', async () => {
    const producer = new FakeProducer((request) => (request.partitions[0] === 1 ? leaderAway() : undefined));
    const counts = new Counts({ [PHYSICAL]: PARTITIONS });
    const recorder = new Recorder();
    const relay = sender(producer, counts, 2_000);
    const rows = [row(1, 0), row(2, 1), row(3, 1, 'x'.repeat(3_000)), row(4, 2), row(5, 1)];
    const outcome = await relay.send(rows, recorder);

    expect(recorder.sentPositions.sort()).toEqual(['1', '4']);
    expect(recorder.refusedRows).toEqual([]);
    expect(outcome.sent).toBe(2);
    expect(outcome.failure?.message).toMatch(/no leader/);
    // Partition 1 stopped at its first request: its later rows were not sent out of order.
    expect(producer.requests.filter((request) => request.partitions[0] === 1)).toHaveLength(1);
    expect(counts.forgotten).toEqual([PHYSICAL]);
  });

  it("holds back the rows of a topic whose partitions cannot be learnt, and sends the other topics'", async () => {
    const producer = new FakeProducer(() => undefined);
    const recorder = new Recorder();
    const rows = [row(1, 0, 'fine', 'gone.topic'), row(2, 1)];
    const outcome = await sender(producer).send(rows, recorder);

    expect(recorder.sentPositions).toEqual(['2']);
    expect(outcome.failure?.message).toMatch(/Cannot learn the partitions of test\.gone\.topic/);
  });

  it('fails when recording fails, only after every partition has finished (nothing left running)', async () => {
    const producer = new FakeProducer(() => undefined);
    await expect(
      sender(producer).send([row(1, 0), row(2, 1), row(3, 2)], new Recorder(true)),
    ).rejects.toThrow('the database is away');
    expect(producer.requests).toHaveLength(3);
  });
});
