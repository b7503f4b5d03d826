/**
 * A dataset's free-text `periode` ("2025", "Semester I 2026", "Januari–Oktober 2026", "Tahun ajaran 2025/2026")
 * read as a span of dates for dct:temporal. Only the shapes below are understood; anything else gives no span,
 * and the exports then leave dct:temporal out rather than guess.
 */

export interface Periode {
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD`. */
  end: string;
}

const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];
const ABBREVIATIONS: Record<string, number> = { agt: 8, ags: 8 };
MONTHS.forEach((name, i) => (ABBREVIATIONS[name.slice(0, 3)] = i + 1));
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** 1–12 for a full Indonesian month name or its usual abbreviation (`okt`, `agt`), else undefined. */
function monthOf(word: string): number | undefined {
  const full = MONTHS.indexOf(word);
  return full >= 0 ? full + 1 : ABBREVIATIONS[word.replace(/\.$/, '')];
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

function span(y1: number, m1: number, d1: number, y2: number, m2: number, d2: number): Periode | undefined {
  if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 || d1 < 1 || d2 < 1 || d1 > lastDay(y1, m1) || d2 > lastDay(y2, m2)) return undefined;
  const start = iso(y1, m1, d1);
  const end = iso(y2, m2, d2);
  return start <= end ? { start, end } : undefined;
}

const wholeYears = (from: number, to: number) => span(from, 1, 1, to, 12, 31);

/** Dashes, "s.d.", "sampai (dengan)" and "hingga" all become one en dash; case and spacing are evened out. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s*(?:[–—-]|\bs\.?\s?d\.?(?=\s|$)|\bsampai(?: dengan)?\b|\bhingga\b)\s*/g, '–')
    .replace(/\s+/g, ' ')
    .trim();
}

const YEAR = /^(?:(?:tahun|ta)(?: anggaran)? )?(\d{4})$/;
const YEAR_RANGE = /^(?:(?:tahun|ta)(?: anggaran)? )?(\d{4})[–/](\d{4})$/;
const SCHOOL_YEAR = /^tahun (?:ajaran|pelajaran) (\d{4})[–/](\d{4})$/;
const SEMESTER = /^semester (i{1,2}|[12]) (\d{4})$/;
const QUARTER = /^(?:triwulan|kuartal) (i{1,3}|iv|[1-4]) (\d{4})$/;
/** `[d] month [yyyy]` optionally followed by `–[d] month yyyy`; the last part must carry the year. */
const DAYS = /^(?:(\d{1,2}) )?([a-z]+\.?)(?: (\d{4}))?(?:–(?:(\d{1,2}) )?([a-z]+\.?) (\d{4}))?$/;

function calendarSpan(match: RegExpExecArray): Periode | undefined {
  const [, d1, word1, y1, d2, word2, y2] = match;
  const m1 = monthOf(word1);
  if (m1 === undefined) return undefined;
  if (!word2) return y1 ? span(+y1, m1, d1 ? +d1 : 1, +y1, m1, d1 ? +d1 : lastDay(+y1, m1)) : undefined;
  const m2 = monthOf(word2);
  if (m2 === undefined) return undefined;
  const endYear = +y2;
  const startYear = y1 ? +y1 : endYear;
  return span(startYear, m1, d1 ? +d1 : 1, endYear, m2, d2 ? +d2 : lastDay(endYear, m2));
}

/** The span of dates a `periode` text names, or undefined when its shape is not one of the known ones. */
export function parsePeriode(text: string): Periode | undefined {
  const p = normalise(text);
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(p))) return wholeYears(+m[1], +m[1]);
  // The Indonesian school year runs from July to June.
  if ((m = SCHOOL_YEAR.exec(p))) return +m[2] === +m[1] + 1 ? span(+m[1], 7, 1, +m[2], 6, 30) : undefined;
  if ((m = YEAR_RANGE.exec(p))) return wholeYears(+m[1], +m[2]);
  if ((m = SEMESTER.exec(p))) {
    const half = ROMAN[m[1]];
    return span(+m[2], half === 1 ? 1 : 7, 1, +m[2], half === 1 ? 6 : 12, half === 1 ? 30 : 31);
  }
  if ((m = QUARTER.exec(p))) {
    const q = ROMAN[m[1]];
    return span(+m[2], q * 3 - 2, 1, +m[2], q * 3, lastDay(+m[2], q * 3));
  }
  if ((m = DAYS.exec(p))) return calendarSpan(m);
  return undefined;
}
