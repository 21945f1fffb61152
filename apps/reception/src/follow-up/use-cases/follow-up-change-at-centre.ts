import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { type CompiledRuleSet, EscalationDecider, type FactValues } from '#rules';

import { type Centre, countyOf, type PlacesChange } from '../../centres/centre.js';
import { CentresRepository } from '../../centres/centres.repository.js';
import { IssueEarlyWarnings } from '../../early-warnings/use-cases/issue-early-warnings.js';
import { EvaluateEscalations } from '../../escalations/use-cases/evaluate-escalations.js';
import { GatherEscalationFacts } from '../../escalations/use-cases/gather-escalation-facts.js';
import type { OccupancyAtCentre } from '../../occupancy/occupancy-at-centre.js';
import { OccupancyCountersRepository } from '../../occupancy/occupancy-counters.repository.js';
import { type OccupancyDay, OccupancyDaysRepository } from '../../occupancy/occupancy-days.repository.js';
import { type OccupancyFigures, occupancyFigures } from '../../occupancy/occupancy-figures.js';

/** A change at a centre that has just been written: an arrival, a departure, a new registration, new places. */
export interface ChangeAtCentre {
  centreId: string;
  /** The day the change took effect; none for a registration, which counts from the next dated change on. */
  day?: string;
  /** Only for a change of the centre's places or status. */
  placesChange?: PlacesChange;
  /** Residents who came (positive) or left (negative) with the change; none for a change of the centre itself. */
  residentsChange?: number;
}

/** The subject of the whole country in the counters and the escalations. */
const NATIONAL = 'national';

/**
 * What follows the changes at centres written in one transaction (one event, or a batch of them), in this order:
 * the subjects they touch (the country, the centres' counties, the centres) are locked, always in one order, so
 * that evaluations of the same subject take turns but others run side by side; the counters take the changes; the
 * national figures are kept for each day a change took effect; the escalation facts are gathered on the state
 * after all the changes; and the rules in force decide once per centre, county and the country, raising or
 * resolving escalations, with early warnings to the host municipality when a centre's places changed.
 */
@Injectable()
export class FollowUpChangeAtCentre {
  constructor(
    @Inject(EscalationDecider) private readonly decider: Pick<EscalationDecider, 'lockAll'>,
    @Inject(CentresRepository) private readonly centres: Pick<CentresRepository, 'findAll'>,
    @Inject(OccupancyCountersRepository) private readonly counters: OccupancyCountersRepository,
    @Inject(OccupancyDaysRepository) private readonly days: Pick<OccupancyDaysRepository, 'recordAll'>,
    @Inject(GatherEscalationFacts)
    private readonly gatherFacts: Pick<GatherEscalationFacts, 'national' | 'atCentre'>,
    @Inject(EvaluateEscalations) private readonly evaluateEscalations: Pick<EvaluateEscalations, 'execute'>,
    @Inject(IssueEarlyWarnings) private readonly issueEarlyWarnings: Pick<IssueEarlyWarnings, 'execute'>,
  ) {}

  async execute(transaction: EntityManager, change: ChangeAtCentre | ChangeAtCentre[]): Promise<void> {
    const changes = Array.isArray(change) ? change : [change];
    const centreIds = [...new Set(changes.map(({ centreId }) => centreId))];
    const centres = await this.centres.findAll(transaction, centreIds);
    const countyOfCentre = (centreId: string) => {
      const centre: Centre | undefined = centres.get(centreId);
      return centre ? countyOf(centre.hostMunicipalityNumber) : '00';
    };
    const subjects = [
      NATIONAL,
      ...new Set(centreIds.map((centreId) => `county:${countyOfCentre(centreId)}`)),
      ...centreIds.map((centreId) => `centre:${centreId}`),
    ];
    await this.decider.lockAll(
      transaction,
      subjects.map((subject) => `reception:${subject}`),
    );
    const figures = await this.countChanges(transaction, changes, subjects, countyOfCentre);
    await this.days.recordAll(
      transaction,
      dayFigures(changes, figures.get(NATIONAL) ?? occupancyFigures(0, 0)),
    );

    const national = new Map<CompiledRuleSet, Promise<FactValues>>();
    const nationalFacts = (ruleSet: CompiledRuleSet) => {
      if (!national.has(ruleSet)) national.set(ruleSet, this.gatherFacts.national(transaction, ruleSet));
      return national.get(ruleSet)!;
    };
    const decided = new Set<string>();
    const figuresOf = (subject: string) => figures.get(subject) ?? occupancyFigures(0, 0);
    const evaluations = centreIds.map((centreId) => {
      const countyNumber = countyOfCentre(centreId);
      const occupancy: OccupancyAtCentre = {
        centreId,
        countyNumber,
        national: figuresOf(NATIONAL),
        county: figuresOf(`county:${countyNumber}`),
        centre: figuresOf(`centre:${centreId}`),
      };
      const placesChange = changes.find((candidate) => candidate.centreId === centreId)?.placesChange;
      // Each subject is decided on once: the country with the first centre, a county with its first centre.
      const subjectByScope: Record<string, string> = {};
      for (const [scope, subject] of [
        ['national', NATIONAL],
        ['county', `county:${countyNumber}`],
        ['centre', `centre:${centreId}`],
      ] as const) {
        if (decided.has(subject)) continue;
        decided.add(subject);
        subjectByScope[scope] = subject;
      }
      return {
        subjectByScope,
        context: { centreId },
        facts: async (ruleSet: CompiledRuleSet) => ({
          ...(await nationalFacts(ruleSet)),
          ...(await this.gatherFacts.atCentre(transaction, occupancy, placesChange, ruleSet)),
        }),
        effects: (evaluation: Parameters<IssueEarlyWarnings['execute']>[2]) =>
          this.issueEarlyWarnings.execute(transaction, placesChange, evaluation),
      };
    });
    await this.evaluateEscalations.execute(transaction, evaluations);
  }

  /**
   * Arrivals and departures add to the counters; a change of a centre itself (places, status, registration)
   * counts them all again. Answers the figures of the subjects after the changes.
   */
  private async countChanges(
    transaction: EntityManager,
    changes: ChangeAtCentre[],
    subjects: string[],
    countyOfCentre: (centreId: string) => string,
  ): Promise<Map<string, OccupancyFigures>> {
    if (changes.some((change) => change.residentsChange === undefined)) {
      await this.counters.recount(transaction);
      return this.counters.figures(transaction, subjects);
    }
    const residents = new Map(subjects.map((subject) => [subject, 0]));
    for (const { centreId, residentsChange = 0 } of changes) {
      for (const subject of [NATIONAL, `county:${countyOfCentre(centreId)}`, `centre:${centreId}`])
        residents.set(subject, residents.get(subject)! + residentsChange);
    }
    return this.counters.addResidents(transaction, residents);
  }
}

/**
 * The national figures at the end of each day with a change, as the changes came in: the last change of a day
 * stands for the day, as if each had been followed up alone.
 */
function dayFigures(changes: ChangeAtCentre[], nationalAfter: OccupancyFigures): OccupancyDay[] {
  const added = changes.reduce((total, change) => total + (change.residentsChange ?? 0), 0);
  let residents = nationalAfter.residents - added;
  const days = new Map<string, OccupancyDay>();
  for (const change of changes) {
    residents += change.residentsChange ?? 0;
    if (change.day) days.set(change.day, { day: change.day, residents, capacity: nationalAfter.capacity });
  }
  return [...days.values()];
}
