import type { Producer } from 'kafkajs';

import { NotFoundError } from '#domain';

import { DeadLetterHeaders } from '../consumer/dead-letters.js';
import { type KafkaSettings, physicalTopic } from '../kafka/kafka-settings.js';
import type { DeadLettersRepository } from './dead-letters.repository.js';

const DEAD_LETTER_HEADER_NAMES = new Set<string>(Object.values(DeadLetterHeaders));

export interface Replay {
  id: string;
  topic: string;
  replayCount: number;
}

/**
 * Sends a dead letter back to the topic it failed on, with its key and original headers (the dead-letter ones
 * dropped). The consumers take it like any other message: validated again, handled once (a group that handled
 * it before drops it by its id), and dead-lettered again, as a new letter, if it still fails.
 */
export class ReplayDeadLetter {
  constructor(
    private readonly deadLetters: Pick<DeadLettersRepository, 'find' | 'markReplayed'>,
    private readonly producer: Producer,
    private readonly kafka: Pick<KafkaSettings, 'topicPrefix'>,
  ) {}

  async execute(id: string, replayedBy: string): Promise<Replay> {
    const letter = /^\d{1,18}$/.test(id) ? await this.deadLetters.find(id) : undefined;
    if (!letter) throw new NotFoundError(`dead letter ${id} does not exist`, 'id');
    const headers = Object.fromEntries(
      Object.entries(letter.headers).filter(([name]) => !DEAD_LETTER_HEADER_NAMES.has(name)),
    );
    await this.producer.send({
      topic: physicalTopic(this.kafka, letter.originalTopic),
      acks: -1,
      messages: [{ key: letter.messageKey, value: letter.payload, headers }],
    });
    await this.deadLetters.markReplayed(id, replayedBy);
    return { id, topic: letter.originalTopic, replayCount: letter.replayCount + 1 };
  }
}
