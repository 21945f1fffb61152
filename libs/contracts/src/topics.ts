/**
 * Every Kafka topic the services use. A topic carries the events about one kind of aggregate, keyed by
 * that aggregate's id, so order holds per aggregate. Each topic has a dead-letter topic beside it.
 */
export interface TopicDefinition {
  name: string;
  partitions: number;
  description: string;
  /** How long the broker keeps messages; the broker's default when not given. */
  retentionMs?: number;
}

export const Topics = {
  receptionCentres: {
    name: 'reception.centres',
    partitions: 6,
    description: 'Reception centre registrations, arrivals and departures (UDI), keyed by centre id',
  },
  receptionEscalations: {
    name: 'reception.escalations',
    partitions: 3,
    description: 'Escalations raised and resolved by the reception escalation rules, keyed by subject',
  },
  settlementNeed: {
    name: 'settlement.need',
    partitions: 1,
    description:
      "Estimates and revisions of the yearly settlement need and the committee's split of it by county, keyed by year",
  },
  settlementMunicipalities: {
    name: 'settlement.municipalities',
    partitions: 6,
    description: "Requests to municipalities and the municipalities' decisions, keyed by municipality number",
  },
  settlementPersons: {
    name: 'settlement.persons',
    partitions: 6,
    description:
      'Settlement-ready persons, resettlement refugees from selection to arrival, and their settlement, keyed by pseudonymous person id (a match by household id)',
  },
  settlementEscalations: {
    name: 'settlement.escalations',
    partitions: 3,
    description: 'Escalations raised and resolved by the settlement escalation rules, keyed by subject',
  },
  careCentres: {
    name: 'care-centres.centres',
    partitions: 3,
    description:
      'Care centres for unaccompanied minors under 15, placements, departures and permits (Bufdir), keyed by centre id',
  },
  careCentreHandovers: {
    name: 'care-centres.handovers',
    partitions: 3,
    description: 'Unaccompanied minors under 15 handed over from reception to Bufdir, keyed by person id',
  },
  careCentreEscalations: {
    name: 'care-centres.escalations',
    partitions: 3,
    description: 'Escalations raised and resolved by the care-centre rules, keyed by subject',
  },
  ruleAnnouncements: {
    name: 'rules.announcements',
    partitions: 1,
    description:
      'Which rule-set version each service instance runs, and refused candidates, keyed by rule-set id',
  },
} as const satisfies Record<string, TopicDefinition>;

export type TopicName = (typeof Topics)[keyof typeof Topics]['name'];

export const DEAD_LETTER_SUFFIX = '.dlq';

export function deadLetterTopicOf(topic: string): string {
  return `${topic}${DEAD_LETTER_SUFFIX}`;
}

/**
 * Dead letters wait for an operator to fix and replay them; after 30 days they are gone, so what a refused event
 * carried does not outlive the time anyone could act on it.
 */
export const DEAD_LETTER_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/** All topics, dead-letter topics included, that must exist before any consumer starts. */
export function allTopicDefinitions(): TopicDefinition[] {
  return Object.values(Topics).flatMap((topic) => [
    topic,
    {
      name: deadLetterTopicOf(topic.name),
      partitions: 1,
      description: `Dead letters of ${topic.name}`,
      retentionMs: DEAD_LETTER_RETENTION_MS,
    },
  ]);
}
