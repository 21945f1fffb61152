import { createHash } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';

import { type CloudEvent, eventDefinitionOf } from '#contracts';
import { buildEvent, EventIngestion, type IngestionOutcome } from '#messaging';
import { Transactions } from '#persistence';

import { CentresRepository } from '../../centres/centres.repository.js';
import { readCentreList, type RowProblem } from '../centre-list.js';
import { changesOf } from '../centre-list-changes.js';

/** The source of the events an imported centre list turns into: one of UDI's systems. */
export const CENTRE_LIST_SOURCE = '/udi/centre-list';

export interface CentreListEvent {
  line: number;
  centreId: string;
  id: string;
  type: string;
  outcome: IngestionOutcome;
  reason?: string;
}

/** What an import did: the events each row called for and their outcome, the rows refused, centres not listed. */
export interface CentreListImport {
  day: string;
  rows: number;
  unchanged: number;
  events: CentreListEvent[];
  problems: RowProblem[];
  /** Registered centres the list does not name: reported, not closed (a closure comes as status "closed"). */
  notInList: string[];
}

/**
 * Imports UDI's daily centre list: each usable row is compared with the centre as registered now, and the
 * differences become the events UDI's systems would send (registered, capacity changed, status changed), written
 * through the outbox like posted events. Each event's id is derived from the day, the centre and what changes,
 * so importing the same file twice, even before the first import has been consumed, changes nothing.
 */
@Injectable()
export class ImportCentreList {
  constructor(
    @Inject(Transactions) private readonly transactions: Pick<Transactions, 'run'>,
    @Inject(CentresRepository) private readonly centres: Pick<CentresRepository, 'list'>,
    @Inject(EventIngestion) private readonly ingestion: Pick<EventIngestion, 'ingestIn' | 'nudgeRelay'>,
  ) {}

  async execute(csv: string, day: string): Promise<CentreListImport> {
    const { rows, problems } = readCentreList(csv);
    const answer = await this.transactions.run(async (transaction) => {
      const registered = new Map(
        (await this.centres.list(transaction)).map((centre) => [centre.centreId, centre]),
      );
      const planned = rows.flatMap((row) =>
        changesOf(row, registered.get(row.centreId), day).map((change) => ({
          line: row.line,
          centreId: row.centreId,
          event: eventOf(change.type, change.data, day),
        })),
      );
      const results = await this.ingestion.ingestIn(
        transaction,
        "UDI's systems",
        planned.map(({ event }) => event),
      );
      const listed = new Set(rows.map((row) => row.centreId));
      return {
        day,
        rows: rows.length + problems.length,
        unchanged: rows.filter((row) => !planned.some((change) => change.centreId === row.centreId)).length,
        events: planned.map(({ line, centreId, event }, index) => ({
          line,
          centreId,
          id: event.id,
          type: event.type,
          outcome: results[index].outcome,
          ...(results[index].reason ? { reason: results[index].reason } : {}),
        })),
        problems,
        notInList: [...registered.keys()].filter((centreId) => !listed.has(centreId)),
      };
    });
    if (answer.events.some((event) => event.outcome === 'accepted')) this.ingestion.nudgeRelay();
    return answer;
  }
}

function eventOf(type: string, data: object, day: string): CloudEvent {
  const event = buildEvent(CENTRE_LIST_SOURCE, eventDefinitionOf(type)!, data);
  const digest = createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16);
  return { ...event, id: `${day}/${event.subject}/${type.split('.').at(-2)}/${digest}` };
}
