/**
 * What a harvest run works on: pemda.yaml (allowed hosts), the OPD profiles (the validator's context) and every
 * dataset whose YAML declares a `sumber`, read with the content tree's own reader (no content cache: a dry run
 * writes nothing, not even the cache). A dataset whose YAML declares a source but fails its schema is a failing
 * source, not a silent skip.
 */
import { readContentTree } from '../content/tree.ts';
import { DatasetSchema } from '../schemas/dataset.ts';
import { PemdaSchema, type Pemda } from '../schemas/pemda.ts';
import { PpidError } from '../validate/problem.ts';
import type { HarvestJob } from './harvest-dataset.ts';

const PEMDA = 'content/pemda.yaml';

export interface HarvestSources {
  pemda: Pemda;
  /** Text of pemda.yaml and of every OPD profile, by repository path. */
  context: Record<string, string>;
  jobs: HarvestJob[];
  /** Datasets that declare a source but whose YAML is invalid: path → reason. */
  invalid: { opd: string; slug: string; yamlPath: string; csvPath: string; reason: string }[];
  /** Slugs of the datasets with a source, per OPD (to prune log entries of sources that were removed). */
  withSource: Map<string, Set<string>>;
}

export interface Selection {
  opd?: string;
  dataset?: string;
}

export async function readHarvestSources(root: string, selection: Selection = {}): Promise<HarvestSources> {
  const tree = await readContentTree(root, { cache: undefined, select: (f) => f.kind === 'dataset' || f.kind === 'profil' });
  const pemdaSource = tree.sources.get(PEMDA);
  const pemda = PemdaSchema.safeParse(pemdaSource?.data);
  if (!pemdaSource || !pemda.success) throw new PpidError(`${PEMDA} tidak ada atau tidak valid; jalankan \`npm run validate -- ${PEMDA}\` untuk rinciannya.`);
  const context: Record<string, string> = { [PEMDA]: pemdaSource.text };
  const out: HarvestSources = { pemda: pemda.data, context, jobs: [], invalid: [], withSource: new Map() };
  for (const source of tree.sources.values()) {
    if (source.kind === 'profil') context[source.path] = source.text;
    const raw = source.data as { sumber?: unknown } | undefined;
    if (source.kind !== 'dataset' || !source.opd || !raw || typeof raw !== 'object' || raw.sumber === undefined) continue;
    if (typeof raw.sumber !== 'object') continue; // the old free-text note: the validator explains the migration
    const where = { opd: source.opd, slug: source.slug, yamlPath: source.path, csvPath: source.path.replace(/\.ya?ml$/, '.csv') };
    if (!out.withSource.has(where.opd)) out.withSource.set(where.opd, new Set());
    out.withSource.get(where.opd)!.add(where.slug);
    if ((selection.opd && selection.opd !== where.opd) || (selection.dataset && selection.dataset !== where.slug)) continue;
    const parsed = DatasetSchema.safeParse(raw);
    if (parsed.success && parsed.data.sumber) out.jobs.push({ ...where, meta: parsed.data, sumber: parsed.data.sumber });
    else out.invalid.push({ ...where, reason: `metadata ${where.yamlPath} tidak lolos pemeriksaan skema; jalankan \`npm run validate -- ${where.yamlPath}\` dan perbaiki dulu` });
  }
  if (selection.dataset && out.jobs.length + out.invalid.length === 0) {
    throw new PpidError(`dataset "${selection.dataset}"${selection.opd ? ` di OPD ${selection.opd}` : ''} tidak ditemukan atau tidak punya \`sumber\`.`);
  }
  return out;
}
