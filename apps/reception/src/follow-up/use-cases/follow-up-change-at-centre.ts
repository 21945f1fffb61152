import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { type CompiledRuleSet, EscalationDecider } from '#rules';

import type { PlacesChange } from '../../centres/centre.js';
import { IssueEarlyWarnings } from '../../early-warnings/use-cases/issue-early-warnings.js';
import { EvaluateEscalations } from '../../escalations/use-cases/evaluate-escalations.js';
import { GatherEscalationFacts } from '../../escalations/use-cases/gather-escalation-facts.js';
import { occupancyAtCentre } from '../../occupancy/occupancy-at-centre.js';
import { MeasureOccupancy } from '../../occupancy/use-cases/measure-occupancy.js';
import { RecordDayFigures } from '../../occupancy/use-cases/record-day-figures.js';

/** Every change weighs on the national figures: evaluations deciding on them take this lock one at a time. */
const NATIONAL_EVALUATIONS = 'reception:national';

/** A change at a centre that has just been written: an arrival, a departure, a new registration, new places. */
export interface ChangeAtCentre {
  centreId: string;
  /** The day the change took effect; none for a registration, which counts from the next dated change on. */
  day?: string;
  /** Only for a change of the centre's places or status. */
  placesChange?: PlacesChange;
}

/**
 * What follows every change at a centre, in the change's own transaction and in this order: occupancy is
 * measured; the national figures are kept for the change's day; the escalation facts are gathered; the rules
 * in force raise or resolve escalations; and when the centre's places changed, the early warnings that
 * evaluation fired go to the host municipality.
 */
@Injectable()
export class FollowUpChangeAtCentre {
  constructor(
    @Inject(EscalationDecider) private readonly decider: Pick<EscalationDecider, 'lock'>,
    @Inject(MeasureOccupancy) private readonly measureOccupancy: Pick<MeasureOccupancy, 'execute'>,
    @Inject(RecordDayFigures) private readonly recordDayFigures: Pick<RecordDayFigures, 'execute'>,
    @Inject(GatherEscalationFacts) private readonly gatherFacts: Pick<GatherEscalationFacts, 'execute'>,
    @Inject(EvaluateEscalations) private readonly evaluateEscalations: Pick<EvaluateEscalations, 'execute'>,
    @Inject(IssueEarlyWarnings) private readonly issueEarlyWarnings: Pick<IssueEarlyWarnings, 'execute'>,
  ) {}

  async execute(transaction: EntityManager, change: ChangeAtCentre): Promise<void> {
    await this.decider.lock(transaction, NATIONAL_EVALUATIONS);
    const occupancy = occupancyAtCentre(await this.measureOccupancy.execute(transaction), change.centreId);
    if (change.day) await this.recordDayFigures.execute(transaction, change.day, occupancy.national);
    // Gathered with the version that decides, so its policy numbers and its rules are one version's.
    const facts = (ruleSet: CompiledRuleSet) =>
      this.gatherFacts.execute(transaction, occupancy, change.placesChange, ruleSet);
    await this.evaluateEscalations.execute(transaction, occupancy, facts, {
      effects: (evaluation) => this.issueEarlyWarnings.execute(transaction, change.placesChange, evaluation),
    });
  }
}
