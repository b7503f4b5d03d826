/**
 * A validation rule: a small module with a unique id that declares every check it can report (as ESLint
 * rules declare `meta`), so `--list-rules`, the README table and the coverage test all read one list.
 */
import type { RuleContext } from './context.ts';
import type { Severity } from './problem.ts';

/** One check a rule can report; `id` is the `rule` field of the problems it produces. */
export interface CheckMeta {
  /** `<category>/<check>`, unique across all rules, e.g. `csv/cell-type`. */
  id: string;
  /** Severity of the check's problems. */
  severity: Severity;
  /** One line in Indonesian: what the check refuses. */
  description: string;
}

export interface Rule {
  /** Module id, unique across rules (e.g. `frontmatter-schema`). */
  id: string;
  /** One line, for `--list-rules` and the docs. */
  description: string;
  /** Every check this rule may report; reporting an undeclared check is a bug in the rule. */
  checks: readonly CheckMeta[];
  /** Reads `ctx.markdown`: runs after the other rules, once the worker pool has parsed the bodies. */
  usesMarkdown?: boolean;
  check(ctx: RuleContext): void | Promise<void>;
}
