/**
 * The context as one rule sees it. A rule reports only the checks it declares, plus the `intern/<rule>`
 * check every rule has implicitly; an exception is a problem of that rule (and of that file, inside
 * eachSource/eachFile), never the end of the run, as ESLint and markdownlint do.
 */
import type { ProblemInput, RuleContext } from './context.ts';
import type { CheckMeta, Rule } from './rule.ts';

/** Where a rule failing outside any one file is reported: the content folder (never filtered by scope). */
export const WHOLE_TREE = 'content';

/** The check of a rule's own failure: a bug in the validator, never in the content. */
export function internCheck(rule: Rule): CheckMeta {
  return { id: `intern/${rule.id}`, severity: 'error', description: `Pemeriksaan ${rule.id} gagal karena kesalahan validator (bukan kesalahan konten); laporkan ke admin` };
}

/** Every check a rule can report, the implicit one last. */
export function checksOf(rule: Rule): CheckMeta[] {
  return [...rule.checks, internCheck(rule)];
}

export function crashProblem(rule: Rule, file: string, error: unknown): ProblemInput {
  const detail = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0].slice(0, 200);
  return {
    file, line: 1, rule: `intern/${rule.id}`,
    message: `pemeriksaan ${rule.id} gagal pada ${file === WHOLE_TREE ? 'konten ini' : 'berkas ini'}; ini kesalahan validator, bukan kesalahan Anda, laporkan ke admin`,
    hint: `Sertakan keterangan ini saat melapor ke admin portal: "${detail}". Pemeriksaan lain tetap dijalankan.`,
  };
}

export function forRule(rule: Rule, ctx: RuleContext): RuleContext {
  const declared = new Map(checksOf(rule).map((c) => [c.id, c]));
  return {
    ...ctx,
    report(problem) {
      const check = declared.get(problem.rule);
      if (!check) throw new Error(`aturan ${rule.id} melaporkan pemeriksaan ${problem.rule} yang tidak dideklarasikan`);
      ctx.report({ ...problem, severity: problem.severity ?? check.severity });
    },
    eachSource(fn) {
      ctx.eachSource((source) => {
        try {
          fn(source);
        } catch (error) {
          ctx.report(crashProblem(rule, source.path, error));
        }
      });
    },
    eachFile(fn, files) {
      return ctx.eachFile(async (file) => {
        try {
          await fn(file);
        } catch (error) {
          ctx.report(crashProblem(rule, file.path, error));
        }
      }, files);
    },
  };
}
