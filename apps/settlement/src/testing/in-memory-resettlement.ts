import type { EntityManager } from 'typeorm';

import type { PersonNeed, ResettlementSelected } from '#contracts';

import type {
  QuotaProgress,
  ResettlementRecord,
  ResettlementRepository,
} from '../resettlement/resettlement.repository.js';

/** The `resettlement_refugees` table as plain memory, for unit tests of use cases. */
export class InMemoryResettlement implements Pick<
  ResettlementRepository,
  'get' | 'upsertSelected' | 'recordEntryPermit' | 'recordMapping' | 'recordArrival' | 'quotaProgress'
> {
  readonly rows = new Map<string, ResettlementRecord>();

  get(personId: string): Promise<ResettlementRecord | undefined> {
    const row = this.rows.get(personId);
    return Promise.resolve(row && { ...row });
  }

  upsertSelected(_transaction: EntityManager, selected: ResettlementSelected): Promise<void> {
    const known = this.rows.get(selected.personId);
    this.rows.set(selected.personId, {
      entryPermitDate: null,
      needs: null,
      mappedOn: null,
      arrivedIn: null,
      arrivedOn: null,
      ...known,
      ...selected,
    });
    return Promise.resolve();
  }

  recordEntryPermit(_transaction: EntityManager, personId: string, entryPermitDate: string): Promise<void> {
    return this.update(personId, { entryPermitDate });
  }

  recordMapping(_transaction: EntityManager, personId: string, needs: PersonNeed[], mappedOn: string) {
    return this.update(personId, { needs, mappedOn });
  }

  recordArrival(_transaction: EntityManager, personId: string, arrivedIn: string, arrivedOn: string) {
    return this.update(personId, { arrivedIn, arrivedOn });
  }

  quotaProgress(quotaYear: number): Promise<QuotaProgress> {
    const quota = [...this.rows.values()].filter((row) => row.quotaYear === quotaYear);
    return Promise.resolve({
      quotaYear,
      selected: quota.length,
      withEntryPermit: quota.filter((row) => row.entryPermitDate).length,
      mapped: quota.filter((row) => row.mappedOn).length,
      arrived: quota.filter((row) => row.arrivedOn).length,
    });
  }

  private update(personId: string, change: Partial<ResettlementRecord>): Promise<void> {
    this.rows.set(personId, { ...this.rows.get(personId)!, ...change });
    return Promise.resolve();
  }
}
