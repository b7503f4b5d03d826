/**
 * Finding personal data in text: NIK / No. KK and NPWP (errors: publishing someone else's personal data is
 * unlawful disclosure, UU 27/2022 Pelindungan Data Pribadi Pasal 65 ayat (2), punishable under Pasal 67
 * ayat (2)) and unlisted mobile numbers (warnings). Works on whole texts (a markdown file, a PDF page, a
 * CSV cell), after normalisation, so that a number written with full-width digits, zero-width characters,
 * across a line break or a table border is still one number. Pure: no Node imports, so the CMS can run
 * the same check in the browser before saving.
 */
import { looksLikeNikOrExcelNik, plausibleNikPrefix } from './nik.ts';
import { npwpNear, type HeaderMemo } from './labels.ts';
import { normaliseForScan, originalEnd, originalStart } from './normalise.ts';
import { digitsOf, isMoney, THOUSANDS, tokenise, wordsOf } from './tokens.ts';

export type PersonalDataCheck = 'personal-data/nik' | 'personal-data/npwp' | 'personal-data/phone';

export interface Finding {
  /** Offset in the original text where the number starts. */
  index: number;
  /** Offset just after the number in the original text. */
  end: number;
  rule: PersonalDataCheck;
  /** The number as written (may span a line break or a table border). */
  text: string;
  /** Its digits (for Excel's scientific notation: the digits Excel kept, padded with zeros). */
  digits: string;
}

export interface ScanOptions {
  /** The text sits under a heading that names NPWP (a CSV column `npwp`, a form field). */
  npwpContext?: boolean;
  /** Report every 15- or 16-digit number whatever its shape (for redacting logs, never for reporting). */
  everyCandidate?: boolean;
}

/** What may separate two runs that are one number broken by layout: one line break, or one table-cell border. */
const BREAK = /^[ \t]*[.\-\u2010-\u2015]?[ \t]*(?:\r?\n|\|)[ \t]*$/;
/**
 * The 15-digit NPWP as printed on the card until 2024: `99.999.999.9-999.999`. Since then the NPWP has 16
 * digits and, for resident individuals, is the NIK itself (PMK 112/PMK.03/2022): a 16-digit number labelled
 * NPWP is reported as NPWP whatever its shape.
 */
const NPWP_FORMAT = /^\d{2}\.\d{3}\.\d{3}\.\d[.\-\u2010-\u2015]\d{3}\.\d{3}$/;
/**
 * Excel's scientific notation for a long number typed into a numeric cell (`3.32101570890000E+15`, or
 * `3,32102E+15` in an Indonesian locale). Excel keeps only 15 significant digits.
 */
const SCIENTIFIC = /(?<![\p{L}\p{N}.,])([1-9])[.,](\d{1,15})[eE]\+?(1[45])(?![\p{L}\p{N}])/gu;
/** Mobile numbers: 08…, +628…, 628… with 9–13 digits after the 0. */
const MOBILE = /^(?:\+?62|0)8\d{7,11}$/;
/** A piece of a number broken by layout: digits, maybe grouped by hyphens or dots, but not an amount. */
const PIECE = /^\d{2,}(?:[.\-\u2010-\u2015]\d+)*$/;
/** Group lengths of a NIK written in words separated by spaces (a bare run of 16 digits is always a candidate). */
const NIK_LAYOUTS = new Set(['4,4,4,4', '6,6,4', '2,2,2,6,4', '2,2,2,2,2,2,4', '1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1']);

/** Digits of a phone number with the +62/62 prefix turned into 0 (same as the validator context's `normalisePhone`). */
export function normalisePhone(text: string): string {
  const digits = text.replace(/\D/g, '');
  return digits.startsWith('62') ? `0${digits.slice(2)}` : digits;
}

/**
 * Nothing to find: ASCII text with fewer than 8 digits (the shortest candidate is Excel's `3,32102E+15`;
 * a mobile number has 9 digits). Most CSV cells and file names end here.
 */
function fewDigits(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return false;
    if (c >= 48 && c <= 57 && ++digits >= 8) return false;
  }
  return true;
}

/** Finds personal data in `text` (any length, any number of lines). `official` holds normalised official phone numbers. */
export function findPersonalData(original: string, official: ReadonlySet<string> = new Set(), options: ScanOptions = {}): Finding[] {
  if (fewDigits(original)) return [];
  const normalised = normaliseForScan(original);
  const text = normalised.text;
  const found: Finding[] = [];
  const spans: [number, number][] = [];
  const covered = (start: number, end: number) => spans.some(([s, e]) => start < e && s < end);
  const add = (start: number, end: number, rule: PersonalDataCheck, digits: string) => {
    spans.push([start, end]);
    const index = originalStart(normalised, start, original.length);
    const stop = originalEnd(normalised, end);
    found.push({ index, end: stop, rule, text: original.slice(index, stop), digits });
  };
  const memo: HeaderMemo = new Map();
  const npwp = (start: number, end: number) => options.npwpContext === true || npwpNear(text, start, end, memo);
  /** Classifies a candidate of 15 or 16 digits; true when reported. */
  const consider = (start: number, end: number, written: string, digits: string): boolean => {
    if (covered(start, end)) return false;
    if (digits.length === 16) {
      if (npwp(start, end)) add(start, end, 'personal-data/npwp', digits);
      else if (looksLikeNikOrExcelNik(digits) || options.everyCandidate) add(start, end, 'personal-data/nik', digits);
      else return false;
      return true;
    }
    if (digits.length === 15 && (NPWP_FORMAT.test(written) || options.everyCandidate || npwp(start, end))) {
      add(start, end, 'personal-data/npwp', digits);
      return true;
    }
    return false;
  };

  for (const match of text.matchAll(SCIENTIFIC)) {
    const [written, lead, fraction, exponent] = match;
    const length = Number(exponent) + 1;
    const digits = (lead + fraction).slice(0, length).padEnd(length, '0');
    const [start, end] = [match.index, match.index + written.length];
    if (length === 16 && !npwp(start, end) && (plausibleNikPrefix(digits, 1 + fraction.length) || options.everyCandidate)) add(start, end, 'personal-data/nik', digits);
    else if (npwp(start, end) || options.everyCandidate) add(start, end, 'personal-data/npwp', digits);
    else spans.push([start, end]); // an ordinary large number: its mantissa is not a candidate either
  }

  const runs = tokenise(text);
  for (const run of runs) {
    // Fewer than 9 digits is neither a mobile number nor a NIK/NPWP (only a piece of one, see below).
    if (run.text.length < 9) continue;
    const digits = digitsOf(run.text);
    if (digits.length < 9 || covered(run.start, run.end) || (digits.length >= 15 && isMoney(text, run))) continue;
    if (consider(run.start, run.end, run.text, digits)) continue;
    const plain = run.text.replace(/[ .\-/\u2010-\u2015\u2212]/g, '');
    if (MOBILE.test(plain) && !official.has(normalisePhone(run.text))) {
      add(run.start, run.end, 'personal-data/phone', digits);
      continue;
    }
    if (digits.length <= 15) continue;
    // A NIK among other numbers in one run (`1 3321015708900003`, a PDF table row): windows of whole words.
    const words = wordsOf(run);
    for (let i = 0; i < words.length; i++) {
      let window = '';
      for (let j = i; j < words.length && window.length < 16; j++) {
        window += words[j].digits;
        if (window.length < 15) continue;
        const group = words.slice(i, j + 1);
        const layout = group.every((w) => /^\d+$/.test(w.text)) && NIK_LAYOUTS.has(group.map((w) => w.digits.length).join(','));
        if ((group.length === 1 || (layout && window.length === 16)) && consider(words[i].start, words[j].end, text.slice(words[i].start, words[j].end), window)) break;
      }
    }
  }

  // A number broken by layout across one line break (`3321015708\n900003`, `3321 0157\n0890 0003`) or one
  // table border (`| 33210157 | 08900003 |`): one word split in two, or NIK-layout groups on both sides.
  for (let k = 0; k + 1 < runs.length; k++) {
    const [a, b] = [runs[k], runs[k + 1]];
    if (b.start - a.end > 12 || !BREAK.test(text.slice(a.end, b.start)) || isMoney(text, a) || isMoney(text, b)) continue;
    const [left, right] = [wordsOf(a), wordsOf(b)];
    const words = [...left, ...right];
    const first = left.length; // index of b's first word
    for (let i = first - 1; i >= 0; i--) {
      let digits = words.slice(i, first).map((w) => w.digits).join('');
      if (digits.length >= 16) break;
      for (let j = first; j < words.length && digits.length < 16; j++) {
        digits += words[j].digits;
        const group = words.slice(i, j + 1);
        if (digits.length !== 16) continue;
        const pieces = group.length === 16 ? group.every((w) => /^\d$/.test(w.text)) : group.every((w) => PIECE.test(w.text) && !THOUSANDS.test(w.text));
        if (!pieces) continue;
        if (group.length === 2 || NIK_LAYOUTS.has(group.map((w) => w.digits.length).join(','))) consider(words[i].start, words[j].end, text.slice(words[i].start, words[j].end), digits);
      }
    }
  }
  return found.sort((x, y) => x.index - y.index);
}
