import { CareCentreEventTypes } from './events/care-centre-events.js';
import { ReceptionEventTypes } from './events/reception-events.js';
import { ReceptionLifecycleEventTypes } from './events/reception-lifecycle-events.js';
import { ResettlementEventTypes } from './events/resettlement-events.js';
import { RuleEventTypes } from './events/rule-events.js';
import { SettlementEventTypes } from './events/settlement-events.js';

/** The three services of this system. */
export type Service = 'settlement' | 'reception' | 'care-centres';

/** The agencies' own systems and people outside this system that send or receive events. */
export type ExternalParty =
  "UDI's systems" | "Bufdir's systems" | "IMDi's systems" | 'the national committee' | 'municipalities';

export type Party = Service | ExternalParty;

export interface EventParties {
  publishers: Party[];
  consumers: Party[];
}

const SERVICES: Service[] = ['settlement', 'reception', 'care-centres'];

/**
 * Who publishes and who consumes each event type: the integrators' contract names the parties, and a test
 * checks the services' part of it against their handlers and their outbox.
 */
export const eventParties: Readonly<Record<string, EventParties>> = {
  [ReceptionEventTypes.centreRegistered]: { publishers: ["UDI's systems"], consumers: ['reception'] },
  [ReceptionEventTypes.arrivalRegistered]: { publishers: ["UDI's systems"], consumers: ['reception'] },
  [ReceptionEventTypes.departureRegistered]: { publishers: ["UDI's systems"], consumers: ['reception'] },
  [ReceptionEventTypes.escalationRaised]: { publishers: ['reception'], consumers: ["UDI's systems"] },
  [ReceptionEventTypes.escalationResolved]: { publishers: ['reception'], consumers: ["UDI's systems"] },
  [ReceptionLifecycleEventTypes.capacityChanged]: { publishers: ["UDI's systems"], consumers: ['reception'] },
  [ReceptionLifecycleEventTypes.statusChanged]: { publishers: ["UDI's systems"], consumers: ['reception'] },
  [ReceptionLifecycleEventTypes.transferRegistered]: {
    publishers: ["UDI's systems"],
    consumers: ['reception'],
  },
  [ReceptionLifecycleEventTypes.permitGranted]: { publishers: ["UDI's systems"], consumers: ['reception'] },
  [ReceptionLifecycleEventTypes.forecastPublished]: {
    publishers: ["UDI's systems"],
    consumers: ['reception'],
  },
  [ReceptionLifecycleEventTypes.earlyWarningIssued]: {
    publishers: ['reception'],
    consumers: ['municipalities', "UDI's systems"],
  },
  [CareCentreEventTypes.centreRegistered]: { publishers: ["Bufdir's systems"], consumers: ['care-centres'] },
  [CareCentreEventTypes.childPlaced]: { publishers: ["Bufdir's systems"], consumers: ['care-centres'] },
  [CareCentreEventTypes.childLeft]: { publishers: ["Bufdir's systems"], consumers: ['care-centres'] },
  [CareCentreEventTypes.permitGranted]: { publishers: ["Bufdir's systems"], consumers: ['care-centres'] },
  [CareCentreEventTypes.minorHandedOver]: { publishers: ['reception'], consumers: ['care-centres'] },
  [CareCentreEventTypes.escalationRaised]: { publishers: ['care-centres'], consumers: ["Bufdir's systems"] },
  [CareCentreEventTypes.escalationResolved]: {
    publishers: ['care-centres'],
    consumers: ["Bufdir's systems"],
  },
  [SettlementEventTypes.needEstimated]: {
    publishers: ['the national committee', "IMDi's systems"],
    consumers: ['settlement'],
  },
  [SettlementEventTypes.countyTargetsSet]: {
    publishers: ['the national committee', "IMDi's systems"],
    consumers: ['settlement'],
  },
  [SettlementEventTypes.requestIssued]: {
    publishers: ['settlement'],
    consumers: ['municipalities', "IMDi's systems"],
  },
  [SettlementEventTypes.municipalityDecided]: {
    publishers: ["IMDi's systems"],
    consumers: ['settlement'],
  },
  [SettlementEventTypes.personReady]: {
    publishers: ['reception', 'care-centres'],
    consumers: ['settlement'],
  },
  [SettlementEventTypes.personSettled]: {
    publishers: ["IMDi's systems"],
    consumers: ['settlement', 'reception', 'care-centres'],
  },
  [SettlementEventTypes.escalationRaised]: {
    publishers: ['settlement'],
    consumers: ["IMDi's systems", 'the national committee'],
  },
  [SettlementEventTypes.escalationResolved]: {
    publishers: ['settlement'],
    consumers: ["IMDi's systems", 'the national committee'],
  },
  [ResettlementEventTypes.selected]: { publishers: ["UDI's systems"], consumers: ['settlement'] },
  [ResettlementEventTypes.entryPermitGranted]: { publishers: ["UDI's systems"], consumers: ['settlement'] },
  [ResettlementEventTypes.mapped]: { publishers: ["IMDi's systems"], consumers: ['settlement'] },
  [ResettlementEventTypes.arrived]: { publishers: ["IMDi's systems"], consumers: ['settlement'] },
  [ResettlementEventTypes.matched]: {
    publishers: ['settlement'],
    consumers: ["IMDi's systems", 'municipalities'],
  },
  [ResettlementEventTypes.matchCancelled]: {
    publishers: ['settlement'],
    consumers: ["IMDi's systems", 'municipalities'],
  },
  [RuleEventTypes.versionActivated]: { publishers: [...SERVICES], consumers: [] },
  [RuleEventTypes.candidateRefused]: { publishers: [...SERVICES], consumers: [] },
};

export function partiesOf(type: string): EventParties | undefined {
  return eventParties[type];
}

export function isService(party: Party): party is Service {
  return (SERVICES as Party[]).includes(party);
}
