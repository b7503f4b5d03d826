/**
 * Files a command is about to write (a harvested CSV, an imported article and its media) are checked by every rule
 * of the validator before they touch the disk, in an in-memory tree holding only what they are judged against:
 * content/pemda.yaml (limits, official numbers) and the OPD's profile (its official numbers). One path for the
 * harvest, the WordPress import and the CMS (which runs validateCandidateOn in the browser, src/cms/entry-check.ts),
 * so none keeps a copy of any rule.
 */
import type { MemoryEntry } from './memory-tree.ts';
import { validateCandidateOn, type CandidateResult } from './engine.ts';
import { nodePlatform } from './node-platform.ts';

export { candidateContextPaths, PEMDA_PATH, type CandidateResult } from './engine.ts';

/** validateCandidateOn (engine.ts) with the Node platform. */
export function validateCandidate(context: Record<string, MemoryEntry>, files: Record<string, MemoryEntry>): Promise<CandidateResult> {
  return validateCandidateOn(nodePlatform(), context, files);
}
