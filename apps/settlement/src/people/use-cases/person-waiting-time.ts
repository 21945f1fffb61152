import { Inject, Injectable } from '@nestjs/common';

import { NotFoundError, todayOf } from '#domain';
import { type AuditActor, AuditTrail } from '#platform';
import { ActiveRuleSets } from '#rules';

import { PeopleRepository, type PersonRecord } from '../people.repository.js';
import { type RuleSetsInForce, waitingTargetsInForce } from '../waiting-targets.js';
import { type WaitingTime, waitingTime } from '../waiting-time.js';

export type PersonWithWaitingTime = PersonRecord & { waitingTime: WaitingTime };

/**
 * A person's waiting time against the target in force: until the day asked for, or until settled. Every read of
 * a person's record is audited (who read whose, not what).
 */
@Injectable()
export class PersonWaitingTime {
  constructor(
    @Inject(PeopleRepository) private readonly people: PeopleRepository,
    @Inject(ActiveRuleSets) private readonly ruleSets: RuleSetsInForce,
    @Inject(AuditTrail) private readonly audit: Pick<AuditTrail, 'record'>,
  ) {}

  async execute(
    personId: string,
    reader: AuditActor,
    asOf: string = todayOf(),
  ): Promise<PersonWithWaitingTime> {
    const person = await this.people.get(personId);
    await this.audit.record({
      actor: reader,
      action: 'person.read',
      target: `person:${personId}`,
      ...(person ? {} : { details: { found: false } }),
    });
    if (!person) throw new NotFoundError(`No settlement-ready person ${personId}`, 'personId');
    const targets = waitingTargetsInForce(this.ruleSets);
    return { ...person, waitingTime: waitingTime(person, person.settledOn ?? asOf, targets) };
  }
}
