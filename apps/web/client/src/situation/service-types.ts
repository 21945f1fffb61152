/** The shapes of the services' answers the situation picture reads (see the services' /docs). */

export interface ReceptionFigures {
  residents: number;
  capacity: number;
  occupancyPercent: number | null;
}

export interface ReceptionCentre extends ReceptionFigures {
  centreId: string;
  name: string | null;
  hostMunicipalityNumber: string;
  type: string;
  status: string;
}

export interface ReceptionOccupancy {
  national: ReceptionFigures;
  centres: ReceptionCentre[];
}

export interface ReceptionDay extends ReceptionFigures {
  day: string;
}

export interface CareFigures {
  children: number;
  places: number;
  occupancyPercent: number | null;
}

export interface CareOccupancy {
  national: CareFigures & { awaitingPlacement: number };
  centres: (CareFigures & { centreId: string; name?: string | null; municipalityNumber?: string })[];
}

export interface Escalation {
  escalationId: string;
  rule: string;
  subject: string;
  raisedAt: string;
  decisionId: string | null;
  severity: string;
  message: string;
  status: 'open' | 'resolved';
  ruleSet: { id: string; version: string };
}

export interface DecisionGap {
  municipalityNumber: string;
  municipalityName: string;
  countyNumber: string;
  requested: number;
  decided: number | null;
  gap: number | null;
}

export interface DecisionSummary {
  requested: number;
  decided: number;
  gap: number;
  municipalities: DecisionGap[];
}

export interface CountySettlement {
  countyNumber: string;
  countyName: string;
  requested: number;
  decided: number;
  decidedPercentOfRequested: number | null;
  settled: number;
  settledWithinGoal: number;
  shareWithinGoalPercent: number | null;
  goalMet: boolean | null;
}

export interface GoalAchievement {
  year: number;
  goal: {
    months: number;
    percent: number;
    settled: number;
    settledWithinTarget: number;
    sharePercent: number | null;
    met: boolean | null;
  };
  needAndDecisions: {
    need: { total: number; em: number } | null;
    requested: number;
    requestedEm: number;
    decided: number;
    decidedEm: number;
  };
  counties: CountySettlement[];
  groups?: {
    group: string;
    targetMonths: number;
    settled: number;
    settledWithinTarget: number;
    sharePercent: number | null;
    medianDaysWaited: number | null;
  }[];
  waitingTimes?: {
    medianDaysWaited: number | null;
    bands: { band: string; settled: number; sharePercent: number | null }[];
  };
  resettlement?: {
    quotaYear: number;
    selected: number;
    withEntryPermit: number;
    arrived: number;
    settledInYear: number;
    settledWithinTarget: number;
  };
}

export interface WaitingSummary {
  asOf: string;
  waiting: number;
  beyondTarget: number;
  shareBeyondTarget: number | null;
  medianDaysWaiting: number | null;
}
