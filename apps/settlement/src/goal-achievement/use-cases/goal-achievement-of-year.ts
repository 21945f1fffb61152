import { Inject, Injectable } from '@nestjs/common';

import { ActiveRuleSets } from '#rules';

import { MunicipalitiesRepository } from '../../municipalities/municipalities.repository.js';
import { DecisionsOfYear } from '../../municipalities/use-cases/decisions-of-year.js';
import { NeedRepository } from '../../need/need.repository.js';
import { PeopleRepository } from '../../people/people.repository.js';
import {
  type RuleSetsInForce,
  settlementGoalInForce,
  waitingTargetsInForce,
} from '../../people/waiting-targets.js';
import { ResettlementRepository } from '../../resettlement/resettlement.repository.js';
import { type GoalAchievement, goalAchievement } from '../goal-achievement.js';

/**
 * A year's goal achievement, against the targets and goal of the escalation rules in force. Each subdomain's
 * figures are read through its own repository or use case.
 */
@Injectable()
export class GoalAchievementOfYear {
  constructor(
    @Inject(PeopleRepository) private readonly people: Pick<PeopleRepository, 'settledDuring'>,
    @Inject(MunicipalitiesRepository) private readonly municipalities: Pick<MunicipalitiesRepository, 'read'>,
    @Inject(DecisionsOfYear) private readonly decisions: Pick<DecisionsOfYear, 'execute'>,
    @Inject(NeedRepository) private readonly need: Pick<NeedRepository, 'current'>,
    @Inject(ResettlementRepository)
    private readonly resettlement: Pick<ResettlementRepository, 'quotaProgress'>,
    @Inject(ActiveRuleSets) private readonly ruleSets: RuleSetsInForce,
  ) {}

  async execute(year: number): Promise<GoalAchievement> {
    const [settled, reference, decisions, need, quota] = await Promise.all([
      this.people.settledDuring(year),
      this.municipalities.read(),
      this.decisions.execute(year),
      this.need.current(year),
      this.resettlement.quotaProgress(year),
    ]);
    return goalAchievement({
      year,
      targets: waitingTargetsInForce(this.ruleSets),
      goal: settlementGoalInForce(this.ruleSets),
      settled,
      municipalities: reference.municipalities,
      counties: reference.counties,
      decisions,
      need: need ? { total: need.total, em: need.emUnder15 + need.em15To18 } : null,
      quota,
    });
  }
}
