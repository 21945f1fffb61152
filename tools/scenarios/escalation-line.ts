/** What an escalation event on the wire holds that a person watching a scenario wants to see. */
interface EscalationOnTheWire {
  type?: string;
  subject?: string;
  data?: { rule?: string; subject?: string; severity?: string };
}

/**
 * One line for an escalation raised or resolved, as the scenario tool prints it:
 * `raised   centre-over-capacity on centre:calm-C3 (critical)`. The subject is the event's own (the
 * CloudEvents `subject`), falling back on the one in its data; a message that is not one reads as such.
 */
export function escalationLine(value: string | undefined): string {
  let event: EscalationOnTheWire;
  try {
    event = JSON.parse(value ?? '') as EscalationOnTheWire;
  } catch {
    return '(a message that is not JSON)';
  }
  const kind = event.type?.split('.').slice(-2, -1)[0] ?? '?';
  const subject = event.subject || event.data?.subject || '(no subject)';
  const severity = event.data?.severity ? ` (${event.data.severity})` : '';
  return `${kind.padEnd(8)} ${event.data?.rule ?? '(no rule)'} on ${subject}${severity}`;
}
