import { outboxRecord } from './outbox-record.js';
import { partitionBatches, type PlacedRecord } from './relay-batches.js';

function placed(position: number, partition: number, valueBytes = 10, topic = 't'): PlacedRecord {
  const record = outboxRecord({
    position: String(position),
    event_id: `e-${position}`,
    topic,
    message_key: `k-${position}`,
    event_type: 'x.happened.v1',
    payload: { text: 'x'.repeat(valueBytes) },
  });
  return { ...record, topic, partition };
}

const positions = (requests: PlacedRecord[][]) =>
  requests.map((request) => request.map((r) => r.row.position));

describe('partitionBatches', () => {
  it('puts each topic-partition in batches of its own, keeping the outbox order within each', () => {
    const batches = partitionBatches(
      [placed(1, 0), placed(2, 1), placed(3, 0), placed(4, 0, 10, 'u'), placed(5, 1)],
      1_000_000,
    );
    expect(batches.map((batch) => [batch.topic, batch.partition, positions(batch.requests)])).toEqual([
      ['t', 0, [['1', '3']]],
      ['t', 1, [['2', '5']]],
      ['u', 0, [['4']]],
    ]);
  });

  it('cuts a partition into requests of at most the given size; a record larger than that goes alone', () => {
    const small = placed(1, 0, 100);
    const limit = small.bytes * 2;
    const batches = partitionBatches(
      [small, placed(2, 0, 100), placed(3, 0, 100), placed(4, 0, 5 * limit), placed(5, 0, 100)],
      limit,
    );
    expect(positions(batches[0].requests)).toEqual([['1', '2'], ['3'], ['4'], ['5']]);
    for (const request of batches[0].requests.filter((r) => r.length > 1)) {
      expect(request.reduce((sum, record) => sum + record.bytes, 0)).toBeLessThanOrEqual(limit);
    }
  });
});
