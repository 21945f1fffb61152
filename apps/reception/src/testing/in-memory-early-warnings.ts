import type { EntityManager } from 'typeorm';

import type { EarlyWarningIssued } from '#contracts';

import type {
  DeliveryAttempt,
  EarlyWarningRecord,
  EarlyWarningsRepository,
} from '../early-warnings/early-warnings.repository.js';

/** The `early_warnings` table as plain memory, for unit tests of use cases. */
export class InMemoryEarlyWarnings implements EarlyWarningsRepository {
  readonly rows: EarlyWarningRecord[] = [];

  add(_transaction: EntityManager, warning: EarlyWarningIssued): Promise<void> {
    this.rows.push({ ...warning, status: 'pending', attempts: 0, lastError: null, deliveredAt: null });
    return Promise.resolve();
  }
  pendingIds(): Promise<string[]> {
    return Promise.resolve(this.rows.filter((row) => row.status === 'pending').map((row) => row.warningId));
  }
  get(_transaction: EntityManager, warningId: string): Promise<EarlyWarningRecord | undefined> {
    return Promise.resolve(this.rows.find((row) => row.warningId === warningId));
  }
  list(_transaction: EntityManager, municipalityNumbers?: readonly string[]): Promise<EarlyWarningRecord[]> {
    return Promise.resolve(
      this.rows.filter((row) => !municipalityNumbers || municipalityNumbers.includes(row.municipalityNumber)),
    );
  }
  recordAttempt(_transaction: EntityManager, warningId: string, attempt: DeliveryAttempt): Promise<void> {
    const row = this.rows.find((candidate) => candidate.warningId === warningId);
    if (row?.status !== 'pending') return Promise.resolve();
    row.attempts += 1;
    if (attempt.delivered) Object.assign(row, { status: 'delivered', lastError: null });
    else Object.assign(row, { lastError: attempt.error, status: attempt.final ? 'failed' : 'pending' });
    return Promise.resolve();
  }
}
