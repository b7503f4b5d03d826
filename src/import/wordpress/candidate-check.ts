/**
 * Every file the importer would write is first checked by the project's own validator (src/validate/candidate.ts):
 * personal data, schema, file names, links, file types and sizes. An article with an error is not written; its
 * first error becomes the Indonesian reason in the summary.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SizeLimits } from '../../content/tree.ts';
import { candidateContextPaths, validateCandidate, type CandidateResult } from '../../validate/candidate.ts';
import { memoryTree, type MemoryEntry } from '../../validate/memory-tree.ts';
import type { Problem } from '../../validate/problem.ts';
import { PpidError } from '../../validate/problem.ts';

export class CandidateCheck {
  private readonly base: Record<string, MemoryEntry>;
  /** The size limits of pemda.yaml (the downloads are held to them). */
  readonly limits: SizeLimits;

  private constructor(base: Record<string, MemoryEntry>, limits: SizeLimits) {
    this.base = base;
    this.limits = limits;
  }

  /** Reads what every check needs from the repository at `root`; the OPD must exist (its profil.md). */
  static async open(root: string, opd: string): Promise<CandidateCheck> {
    const [pemda, profile] = candidateContextPaths(opd);
    const read = (path: string) => readFile(join(root, path), 'utf8');
    const [pemdaText, profileText] = await Promise.all([read(pemda).catch(() => undefined), read(profile).catch(() => undefined)]);
    if (pemdaText === undefined) throw new PpidError(`Berkas ${pemda} tidak ditemukan di ${root}.`);
    if (profileText === undefined) throw new PpidError(`OPD "${opd}" tidak dikenal: ${profile} tidak ada.`);
    const base = { [pemda]: pemdaText, [profile]: profileText };
    return new CandidateCheck(base, (await memoryTree({ [pemda]: pemdaText })).limits);
  }

  /** The validator's problems of the candidate files (repository path → content). */
  check(files: Record<string, MemoryEntry>): Promise<CandidateResult> {
    return validateCandidate(this.base, files);
  }
}

/** One problem as a line of the summary: `message (rule, file:line)`. */
export function describeProblem(problem: Problem): string {
  const file = problem.file.slice(problem.file.lastIndexOf('/') + 1);
  return `${problem.message} (${problem.rule}, ${file}:${problem.line})`;
}
