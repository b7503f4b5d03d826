/**
 * A candidate CSV gets exactly the rules an uploaded CSV gets (src/validate/candidate.ts, with the dataset's YAML
 * beside it): CSV typing, formulas, personal data/NIK, size, encoding. No rule is copied here.
 */
import { validateCandidate } from '../validate/candidate.ts';
import type { Problem } from '../validate/problem.ts';
import { HarvestFailure } from './failure.ts';

export interface CandidateFiles {
  /** Repository path → text of pemda.yaml, the profile and the dataset YAML. */
  context: Record<string, string>;
  csvPath: string;
  csv: Buffer;
}

/** The validator's errors for the candidate CSV (a failing rule counts: fail closed). */
export async function candidateErrors(files: CandidateFiles): Promise<Problem[]> {
  return (await validateCandidate(files.context, { [files.csvPath]: files.csv })).errors;
}

/** Refuses a candidate with errors: the first one with its place and rule, and how many more there are. */
export async function assertValidCandidate(files: CandidateFiles, yamlPath: string): Promise<void> {
  const errors = await candidateErrors(files);
  if (errors.length === 0) return;
  const [first] = errors;
  const more = errors.length > 1 ? ` (dan ${errors.length - 1} kesalahan lain)` : '';
  throw new HarvestFailure(`data dari sumber ditolak validator: baris ${first.line} kolom ${first.column}: ${first.message} [${first.rule}]${more}; perbaiki di sistem sumber atau \`sumber\` di ${yamlPath}; berkas CSV lama tidak diubah`);
}
