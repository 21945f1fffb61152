import { Inject, Injectable } from '@nestjs/common';

import { NotFoundError } from '#domain';
import { Transactions } from '#persistence';

import { type Child, ChildrenRepository } from '../children.repository.js';

/** A child in Bufdir's care: where placed, the permit, and whether still in care. */
@Injectable()
export class FindChild {
  constructor(
    @Inject(Transactions) private readonly transactions: Pick<Transactions, 'run'>,
    @Inject(ChildrenRepository) private readonly children: ChildrenRepository,
  ) {}

  async execute(personId: string): Promise<Child> {
    const child = await this.transactions.run((transaction) => this.children.child(transaction, personId));
    if (!child) throw new NotFoundError(`No child ${personId} in care`, 'personId');
    return child;
  }
}
