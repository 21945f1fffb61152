import { compileRuleSet, type RuleProgram } from './compiler/compile-rule-set.js';
import { EngineRuleSet } from './engine-rule-set.js';
import type { FactValues, RuleOutcome, RuleSetReference } from './rule-outcome.js';
import type { LoadedRuleSet, RuleDefinition } from './rule-set.js';

export type {
  ConditionTrace,
  ConditionTree,
  FactValue,
  FactValues,
  RuleOutcome,
  RuleSetReference,
} from './rule-outcome.js';
export { factsOf } from './rule-set-facts.js';

/**
 * One rule-set version, compiled once when it is activated into JavaScript closures (see compiler/) and reused
 * for every evaluation. Outcomes, their order and their traces are those json-rules-engine gives, which stays
 * the reference semantics: an evaluation the engine refuses (an undefined fact) is handed to the engine so the
 * error reads as it always has, and a document outside the format is evaluated by the engine throughout.
 * Evaluation is pure: no I/O.
 */
export class CompiledRuleSet {
  readonly reference: RuleSetReference;
  private readonly program?: RuleProgram;
  private engine?: EngineRuleSet;

  constructor(readonly loaded: LoadedRuleSet) {
    for (const rule of loaded.document.rules) if (rule.event?.params) Object.freeze(rule.event.params);
    this.program = compileRuleSet(loaded.document).program;
    if (!this.program) this.engine = new EngineRuleSet(loaded);
    this.reference = {
      id: loaded.document.id,
      version: loaded.document.version,
      contentHash: loaded.contentHash,
    };
  }

  get id(): string {
    return this.loaded.document.id;
  }

  get version(): string {
    return this.loaded.document.version;
  }

  get rules(): RuleDefinition[] {
    return this.loaded.document.rules;
  }

  /** A policy parameter's value; validation made sure the rule set declares every one its service reads. */
  parameter(name: string): number {
    const declared = this.loaded.document.parameters?.find((parameter) => parameter.name === name);
    if (!declared) throw new Error(`Rule set ${this.id} ${this.version} declares no parameter "${name}"`);
    return declared.value;
  }

  /** The facts the rule set declares, for callers that gather them. */
  get factNames(): string[] {
    return this.loaded.document.facts.map((fact) => fact.name);
  }

  /** Not an async function: that would cost a few promise reactions more on every evaluation. */
  evaluate(facts: FactValues): Promise<RuleOutcome[]> {
    if (this.program) {
      try {
        return Promise.resolve(this.program.evaluate(facts));
      } catch {
        // The engine refuses this evaluation too, and says why in its own words.
      }
    }
    return this.evaluateWithEngine(facts);
  }

  private async evaluateWithEngine(facts: FactValues): Promise<RuleOutcome[]> {
    this.engine ??= new EngineRuleSet(this.loaded);
    return this.engine.evaluate(facts);
  }
}
