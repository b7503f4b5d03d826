/**
 * One dataset's harvest: fetch → records → the dictionary's columns → candidate CSV → the validator's CSV rules →
 * write when valid and changed. Any failure throws before the first write, so the last good CSV and its YAML stay
 * byte-identical; a change writes the CSV (atomically) and then `diperbarui` in the YAML (one value, see
 * diperbarui.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { candidateContextPaths } from '../validate/candidate.ts';
import type { Dataset } from '../schemas/dataset.ts';
import type { Sumber } from '../schemas/sumber.ts';
import { writeAtomic } from './atomic-write.ts';
import { candidateCsv } from './candidate-csv.ts';
import { assertValidCandidate } from './check.ts';
import { fetchCkanTable } from './ckan.ts';
import { decodeSource } from './decode.ts';
import { setDiperbarui } from './diperbarui.ts';
import { fetchLimited, type FetchLimits } from './fetch-source.ts';
import { resolveHeaders } from './headers.ts';
import { tableFromCsv, tableFromJson, type SourceTable } from './source-table.ts';
import { toColumns } from './to-columns.ts';

export interface HarvestJob {
  opd: string;
  slug: string;
  /** Repository paths of the dataset's YAML and CSV. */
  yamlPath: string;
  csvPath: string;
  meta: Dataset;
  sumber: Sumber;
}

export interface HarvestSetting {
  root: string;
  allowedHosts: ReadonlySet<string>;
  /** Text of content/pemda.yaml and of each OPD profile, by repository path (the validator's context). */
  context: Record<string, string>;
  /** WIB date of the run (`YYYY-MM-DD`): the new `diperbarui`. */
  today: string;
  dryRun: boolean;
  env: NodeJS.ProcessEnv;
}

export interface Harvested {
  changed: boolean;
  rows: number;
}

const MB = 1024 * 1024;

async function sourceTable(job: HarvestJob, limits: FetchLimits): Promise<SourceTable> {
  const { sumber, meta } = job;
  if (sumber.format === 'ckan-datastore') return fetchCkanTable(sumber.url, limits);
  const fetched = await fetchLimited(sumber.url, limits);
  const text = decodeSource(fetched.bytes, fetched.contentType);
  return sumber.format === 'csv' ? tableFromCsv(text, sumber.pemisah ?? meta.pemisah) : tableFromJson(text, sumber);
}

/** pemda.yaml and the OPD's own profile: all the candidate's rules need (the other 41 profiles would only cost time). */
function contextOf(setting: HarvestSetting, opd: string): Record<string, string> {
  const paths = candidateContextPaths(opd);
  return Object.fromEntries(paths.filter((p) => setting.context[p] !== undefined).map((p) => [p, setting.context[p]]));
}

/** Harvests one dataset; throws a HarvestFailure (nothing written) when it cannot. */
export async function harvestDataset(job: HarvestJob, setting: HarvestSetting): Promise<Harvested> {
  const { sumber, meta } = job;
  const headers = resolveHeaders(sumber, job.opd, job.yamlPath, setting.env);
  const limits: FetchLimits = { timeoutMs: sumber.timeout * 1000, maxBytes: Math.floor(sumber.batas_ukuran * MB), allowedHosts: setting.allowedHosts, headers };
  const rows = toColumns(await sourceTable(job, limits), meta, sumber, job.yamlPath);
  const csv = candidateCsv(meta, rows);
  const yamlText = await readFile(join(setting.root, job.yamlPath), 'utf8');
  await assertValidCandidate({ context: { ...contextOf(setting, job.opd), [job.yamlPath]: yamlText }, csvPath: job.csvPath, csv }, job.yamlPath);
  const current = await readFile(join(setting.root, job.csvPath)).catch(() => undefined);
  const changed = !current || !current.equals(csv);
  if (changed && !setting.dryRun) {
    const nextYaml = setDiperbarui(yamlText, setting.today, job.yamlPath);
    await writeAtomic(join(setting.root, job.csvPath), csv);
    if (nextYaml !== yamlText) await writeAtomic(join(setting.root, job.yamlPath), nextYaml);
  }
  return { changed, rows: rows.length };
}
