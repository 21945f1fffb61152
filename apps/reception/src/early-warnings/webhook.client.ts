import { Injectable } from '@nestjs/common';

import type { EarlyWarningIssued } from '#contracts';

const DELIVERY_TIMEOUT_MS = 5000;

/** Posts an early warning to a host municipality's webhook; throws when it is unreachable or refuses. */
@Injectable()
export class WebhookClient {
  async post(url: string, warning: EarlyWarningIssued): Promise<void> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-early-warning-id': warning.warningId },
      body: JSON.stringify({
        warningId: warning.warningId,
        municipalityNumber: warning.municipalityNumber,
        message: warning.message,
        rule: warning.rule,
        facts: warning.facts,
        ruleSet: warning.ruleSet,
        issuedAt: warning.issuedAt,
      }),
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    }).catch((error: Error) => {
      throw new Error(`webhook unreachable: ${error.message}`);
    });
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
  }
}
