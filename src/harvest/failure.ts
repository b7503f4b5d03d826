/**
 * Why one source could not be harvested: an Indonesian sentence naming what failed and how to fix it. It becomes
 * the CLI line, the `alasan` of the harvest log and the weekly report's list, so it never quotes a secret, and
 * every text that reaches it from the source is masked for NIK/NPWP first (reasonText).
 */
import { PpidError } from '../validate/problem.ts';
import { redactPersonalData } from '../validate/personal-data/redact.ts';

export class HarvestFailure extends PpidError {
  override name = 'HarvestFailure';
}

/** Longest reason kept: the log is read in pull requests, a stack of validator messages is not. */
const MAX_REASON = 400;

/** The reason of any error, masked and bounded; a bug (not a HarvestFailure) says so instead of pretending. */
export function reasonText(error: unknown): string {
  const text = error instanceof HarvestFailure ? error.message : `kesalahan internal panen (${(error as Error)?.name ?? 'Error'}); laporkan ke admin Dinkominfo`;
  const masked = redactPersonalData(text.replace(/\s+/g, ' ').trim());
  return masked.length > MAX_REASON ? `${masked.slice(0, MAX_REASON - 1)}…` : masked;
}
