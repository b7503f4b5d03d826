/**
 * Masking for everything the validator prints. A report that shows a NIK whole republishes it (in CI logs,
 * annotations, chat notifications): UU 27/2022 PDP Pasal 16 ayat (2) requires processing limited to its
 * purpose, and pointing at a number needs only enough of it to find it. Pure: no Node imports.
 */
import { findPersonalData } from './detect.ts';

/** Shows only the first 4 and last 2 digits: `3321••••••••••03`. */
export function maskDigits(digits: string): string {
  return `${digits.slice(0, 4)}${'•'.repeat(Math.max(0, digits.length - 6))}${digits.slice(-2)}`;
}

const NO_PHONES: ReadonlySet<string> = new Set();

/**
 * Masks every NIK- or NPWP-shaped number in `text` (any 15 or 16 digits as people write them, also in full
 * width, with zero-width characters, across a line break or in Excel's scientific notation). Amounts after
 * `Rp` and 18-digit NIPs stay as they are; phone numbers are left to the phone warning.
 */
export function redactPersonalData(text: string): string {
  if (!/[^\x00-\x2f\x3a-\x7f]/.test(text)) return text; // no digit and nothing that normalises to one
  const findings = findPersonalData(text, NO_PHONES, { everyCandidate: true }).filter((f) => f.rule !== 'personal-data/phone');
  let out = text;
  for (const f of findings.sort((a, b) => b.index - a.index)) out = out.slice(0, f.index) + maskDigits(f.digits) + out.slice(f.end);
  return out;
}
