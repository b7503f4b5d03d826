/**
 * The corpus timeline: when each entry is created, by which OPD, and when entries are refreshed, renamed or
 * corrected. Only times and owners are drawn here; texts are written later, in time order (generate.ts).
 */
import { wibInstant, wibParts } from '../lib/wib.ts';
import { isSilent, type OpdInfo } from './opds.ts';
import type { Rng } from './random.ts';

export const START = wibInstant(2022, 1, 3, 0, 0)!.getTime();
export const END = wibInstant(2026, 11, 27, 17, 0)!.getTime();
const DAY = 86_400_000;

export interface CorpusSize {
  news: number;
  info: number;
  data: number;
  /** Commits in total, including the initial import and the kept documents. */
  commits: number;
}

/**
 * Scale 1 = S2 (five years of a 42-OPD regency). Entries scale linearly; commits do not: OPDs refresh their
 * standing DIP entries and datasets whatever their news volume, so S1 (0.25) still has ~5,200 commits.
 */
export function sizeFor(scale: number): CorpusSize {
  const news = Math.max(1, Math.round(10_000 * scale));
  const info = Math.max(1, Math.round(3_000 * scale));
  const data = Math.max(1, Math.round(400 * scale));
  return { news, info, data, commits: Math.max(news + info + data + 1, Math.round(15_000 * scale ** 0.764)) };
}

export type EventKind = 'news' | 'info' | 'data' | 'info-refresh' | 'data-refresh' | 'news-correction' | 'news-rename';

export interface PlannedEvent {
  kind: EventKind;
  time: number;
  opd: OpdInfo;
  /** For updates: index of the created entry of that kind (in creation order). */
  target?: number;
}

/** Portal adoption grows over the years: fewer uploads in 2022 than in 2026. */
const YEAR_FACTOR: Record<number, number> = { 2022: 0.55, 2023: 0.75, 2024: 0.95, 2025: 1.15, 2026: 1.35 };

/** A working-day office time near `t` (uploads cluster on weekdays 07:30–16:30 WIB, a few on weekends). */
function officeTime(rng: Rng, t: number): number {
  const p = wibParts(new Date(t));
  let day = wibInstant(p.year, p.month, p.day)!.getTime();
  if ((p.weekday === 0 || p.weekday === 6) && rng.chance(0.85)) day += (p.weekday === 6 ? -1 : 1) * DAY;
  return Math.min(END, Math.max(START, day + (7.5 * 60 + rng.int(0, 9 * 60)) * 60_000));
}

/** A time and an OPD for one upload: OPDs by weight, never inside one of their silent periods. */
function draw(rng: Rng, opds: OpdInfo[], weights: number[]): { time: number; opd: OpdInfo } {
  for (;;) {
    const time = officeTime(rng, START + rng.next() * (END - START));
    if (rng.next() * 1.35 > YEAR_FACTOR[wibParts(new Date(time)).year]) continue;
    const opd = opds[rng.weighted(weights)];
    if (!isSilent(opd, time)) return { time, opd };
  }
}

export function planEvents(rng: Rng, opds: OpdInfo[], size: CorpusSize, fixedCommits: number): PlannedEvent[] {
  const newsWeights = opds.map((o) => o.weight);
  // Every OPD keeps a DIP, so DIP entries are spread more evenly than news.
  const infoWeights = opds.map((o) => Math.sqrt(o.weight));
  const dataWeights = opds.map((o) => (o.jenis === 'kecamatan' ? 0.4 : 1));
  const created: PlannedEvent[] = [];
  const add = (kind: EventKind, n: number, weights: number[]) => {
    for (let i = 0; i < n; i++) created.push({ kind, ...draw(rng, opds, weights) });
  };
  add('news', size.news, newsWeights);
  add('info', size.info, infoWeights);
  add('data', size.data, dataWeights);
  const byTime = (a: PlannedEvent, b: PlannedEvent) => a.time - b.time;
  created.sort(byTime);
  const ofKind = (kind: EventKind) => created.filter((e) => e.kind === kind);
  const lists = { news: ofKind('news'), info: ofKind('info'), data: ofKind('data') };

  const updates: PlannedEvent[] = [];
  const wanted = Math.max(0, size.commits - 1 - fixedCommits - created.length);
  const KINDS: [EventKind, keyof typeof lists, number][] = [['info-refresh', 'info', 0.45], ['data-refresh', 'data', 0.35], ['news-correction', 'news', 0.15], ['news-rename', 'news', 0.05]];
  while (updates.length < wanted) {
    const [kind, of] = KINDS[rng.weighted(KINDS.map((k) => k[2]))];
    const time = officeTime(rng, START + rng.next() * (END - START));
    const list = lists[of];
    // Only entries that exist by then; binary search for how many were created before `time`.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].time < time) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) continue;
    const target = rng.int(0, lo - 1);
    if (isSilent(list[target].opd, time)) continue;
    updates.push({ kind, time, opd: list[target].opd, target });
  }
  // Stable order: by time, creations before updates at the same instant.
  return [...created, ...updates.sort(byTime)].sort(byTime);
}
