import type { ExternalParty } from './event-parties.js';

/**
 * The CloudEvents `source` every event from an agency's systems starts with: `/udi/mottakssystem` is UDI's
 * reception system. The ingestion endpoints refuse an event whose source is not the posting agency's.
 */
export const partySourcePrefixes: Readonly<Partial<Record<ExternalParty, string>>> = {
  "UDI's systems": '/udi',
  "Bufdir's systems": '/bufdir',
  "IMDi's systems": '/imdi',
};

/** Whether `source` is one of the party's own (its prefix, or a path below it). */
export function isSourceOf(party: ExternalParty, source: string): boolean {
  const prefix = partySourcePrefixes[party];
  return prefix !== undefined && (source === prefix || source.startsWith(`${prefix}/`));
}
