/**
 * What a dataset page says about its harvest (src/harvest/log.ts): when data last came in from the source system,
 * and whether the latest attempt is failing. Each OPD's log is read once per build, however many datasets it has.
 */
import { parseWib } from '../lib/wib.ts';
import { readOpdHarvestLog, type OpdHarvestLog } from '../harvest/log.ts';

export interface HarvestStatus {
  /** When data was last taken (undefined: never yet). */
  berhasil?: Date;
  /** Start of the current failures (undefined: the latest attempt succeeded). */
  gagalSejak?: Date;
}

const logs = new Map<string, Promise<OpdHarvestLog>>();

const dateOf = (iso: string | undefined) => {
  const parsed = iso ? parseWib(iso) : undefined;
  return parsed?.ok ? parsed.date : undefined;
};

/** The status of one dataset, or undefined when the log has no entry for it (never attempted). */
export async function harvestStatusOf(root: string, opd: string, slug: string): Promise<HarvestStatus | undefined> {
  const key = `${root}\0${opd}`;
  if (!logs.has(key)) logs.set(key, readOpdHarvestLog(root, opd));
  const entry = (await logs.get(key)!).get(slug);
  if (!entry) return undefined;
  return { berhasil: dateOf(entry.berhasil), gagalSejak: entry.status === 'gagal' ? dateOf(entry.gagal_sejak) : undefined };
}
