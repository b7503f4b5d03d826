/** A validation rule: a small module with an id; it reports problems through the context. */
import type { RuleContext } from './context.ts';

export interface Rule {
  /** Module id; problems it reports use `<id>/<check>` rule ids. */
  id: string;
  /** One line, for `--list-rules` and the docs. */
  description: string;
  check(ctx: RuleContext): void | Promise<void>;
}
