/**
 * Files a command is about to write (a harvested CSV, an imported article and its media) are checked by every rule
 * of the validator before they touch the disk, in an in-memory tree holding only what they are judged against:
 * content/pemda.yaml (limits, official numbers) and the OPD's profile (its official numbers). One path for the
 * harvest and the WordPress import, so neither keeps a copy of any rule.
 */
import { opdDir } from '../content/paths.ts';
import { WHOLE_TREE } from './guard.ts';
import { memoryTree, type MemoryEntry } from './memory-tree.ts';
import type { Problem } from './problem.ts';
import { validateTree } from './run.ts';

export const PEMDA_PATH = 'content/pemda.yaml';

/** The repository paths a candidate of `opd` is judged against. */
export function candidateContextPaths(opd: string): string[] {
  return [PEMDA_PATH, `${opdDir(opd)}/profil.md`];
}

export interface CandidateResult {
  errors: Problem[];
  warnings: Problem[];
}

/**
 * The validator's problems of `files` (repository path → content) over `context` (pemda.yaml, the profile and
 * whatever else the candidate needs, e.g. a dataset's YAML). A rule that crashes counts as an error: fail closed.
 */
export async function validateCandidate(context: Record<string, MemoryEntry>, files: Record<string, MemoryEntry>): Promise<CandidateResult> {
  const tree = await memoryTree({ ...context, ...files });
  const { problems } = await validateTree(tree, Object.keys(files));
  const own = problems.filter((p) => p.file in files || p.file === WHOLE_TREE);
  return { errors: own.filter((p) => p.severity === 'error'), warnings: own.filter((p) => p.severity === 'warning') };
}
