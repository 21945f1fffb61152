import { partitionOfKey } from './topic-partitions.js';

describe('partitionOfKey', () => {
  it("places a key where Kafka's Java client does: positive murmur2 of the key modulo the partitions", () => {
    // murmur2 reference values from Kafka's own tests (org.apache.kafka.common.utils.UtilsTest).
    const javaMurmur2: Record<string, number> = {
      '21': -973932308,
      foobar: -790332482,
      'a-little-bit-long-string': -985981536,
      abc: 479470107,
    };
    for (const [key, hash] of Object.entries(javaMurmur2)) {
      for (const partitions of [1, 3, 6, 7]) {
        expect(partitionOfKey('any-topic', key, partitions)).toBe((hash & 0x7fffffff) % partitions);
      }
    }
  });
});
