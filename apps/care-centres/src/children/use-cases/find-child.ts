import { Inject, Injectable } from '@nestjs/common';

import { NotFoundError } from '#domain';
import { Transactions } from '#persistence';
import { type AuditActor, AuditTrail } from '#platform';

import { type Child, ChildrenRepository } from '../children.repository.js';

/**
 * A child in Bufdir's care: where placed, the permit, and whether still in care. Every read of a child's record
 * is audited (who read whose, not what).
 */
@Injectable()
export class FindChild {
  constructor(
    @Inject(Transactions) private readonly transactions: Pick<Transactions, 'run'>,
    @Inject(ChildrenRepository) private readonly children: ChildrenRepository,
    @Inject(AuditTrail) private readonly audit: Pick<AuditTrail, 'record'>,
  ) {}

  async execute(personId: string, reader: AuditActor): Promise<Child> {
    const child = await this.transactions.run(async (transaction) => {
      const found = await this.children.child(transaction, personId);
      await this.audit.record(
        {
          actor: reader,
          action: 'child.read',
          target: `child:${personId}`,
          ...(found ? {} : { details: { found: false } }),
        },
        transaction,
      );
      return found;
    });
    if (!child) throw new NotFoundError(`No child ${personId} in care`, 'personId');
    return child;
  }
}
