import type { EntityManager } from 'typeorm';

import type { PersonReady } from '#contracts';

import type { PeopleRepository, PersonRecord } from '../people/people.repository.js';

/** A settlement-ready person, an adult waiting alone since February 2026 unless told otherwise. */
export const personRecord = (personId: string, extra: Partial<PersonRecord> = {}): PersonRecord => ({
  personId,
  householdId: `h-${personId}`,
  householdSize: 1,
  permitDate: '2026-01-10',
  unaccompaniedMinor: false,
  ageBand: 'adult',
  familyWithChildren: false,
  needs: [],
  readyOn: '2026-02-01',
  resettlementRefugee: false,
  settledIn: null,
  settledOn: null,
  ...extra,
});

type PeoplePort = Pick<
  PeopleRepository,
  'get' | 'upsertReady' | 'settle' | 'waitingInHousehold' | 'waiting' | 'settledDuring' | 'settledIn'
>;

/** The `persons` table as plain memory, for unit tests of use cases. */
export class InMemoryPeople implements PeoplePort {
  readonly rows = new Map<string, PersonRecord>();

  constructor(people: PersonRecord[] = []) {
    for (const person of people) this.rows.set(person.personId, person);
  }

  get(personId: string): Promise<PersonRecord | undefined> {
    return Promise.resolve(this.rows.get(personId));
  }

  upsertReady(_transaction: EntityManager, person: PersonReady, resettlementRefugee = false): Promise<void> {
    const known = this.rows.get(person.personId);
    this.rows.set(person.personId, {
      ...person,
      resettlementRefugee: (known?.resettlementRefugee ?? false) || resettlementRefugee,
      settledIn: null,
      settledOn: null,
    });
    return Promise.resolve();
  }

  settle(_transaction: EntityManager, personId: string, settledIn: string, settledOn: string): Promise<void> {
    this.rows.set(personId, { ...this.rows.get(personId)!, settledIn, settledOn });
    return Promise.resolve();
  }

  waitingInHousehold(householdId: string): Promise<PersonRecord[]> {
    return Promise.resolve(this.all().filter((p) => p.householdId === householdId && !p.settledOn));
  }

  waiting(): Promise<PersonRecord[]> {
    return Promise.resolve(this.all().filter((person) => !person.settledOn));
  }

  settledDuring(year: number): Promise<PersonRecord[]> {
    return Promise.resolve(this.all().filter((person) => person.settledOn?.startsWith(`${year}-`)));
  }

  settledIn(year: number): Promise<Map<string, { persons: number; em: number }>> {
    const perMunicipality = new Map<string, { persons: number; em: number }>();
    for (const person of this.all().filter((p) => p.settledOn?.startsWith(`${year}-`))) {
      const sum = perMunicipality.get(person.settledIn!) ?? { persons: 0, em: 0 };
      perMunicipality.set(person.settledIn!, {
        persons: sum.persons + 1,
        em: sum.em + (person.unaccompaniedMinor ? 1 : 0),
      });
    }
    return Promise.resolve(perMunicipality);
  }

  private all(): PersonRecord[] {
    return [...this.rows.values()];
  }
}
