import { Counter, Gauge, type Registry } from 'prom-client';

import type { DecisionRecord } from '../decisions/decision-record.js';
import type { ActiveRuleSets } from './active-rule-sets.js';

/**
 * The rule platform's metrics: evaluations per rule set and version (every evaluation leaves a decision record),
 * and which version of each rule set this instance decides with (`rule_set_active_info`, always 1, read at
 * each scrape).
 */
export class RuleMetrics {
  private readonly evaluations: Counter<'rule_set' | 'version'>;

  constructor(registry: Registry, ruleSets: ActiveRuleSets) {
    this.evaluations = new Counter({
      name: 'rule_evaluations_total',
      help: 'Rule-set evaluations by rule set and version',
      labelNames: ['rule_set', 'version'],
      registers: [registry],
    });
    new Gauge({
      name: 'rule_set_active_info',
      help: 'The rule-set version this instance decides with (value 1; version and content hash as labels)',
      labelNames: ['rule_set', 'version', 'content_hash'],
      registers: [registry],
      collect() {
        this.reset();
        for (const { ruleSetId } of ruleSets.registered()) {
          const active = ruleSets.find(ruleSetId);
          if (active)
            this.set({ rule_set: ruleSetId, version: active.version, content_hash: active.contentHash }, 1);
        }
      },
    });
  }

  evaluated(records: readonly DecisionRecord[]): void {
    for (const { ruleSet } of records)
      this.evaluations.inc({ rule_set: ruleSet.id, version: ruleSet.version });
  }
}
