/** Writing the generated per-OPD CMS configs (`public/admin/<opd>/config.json`); run by the build and `npm run cms-config`. */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildModel } from '../content/model.ts';
import { readProfiles } from '../content/tree.ts';
import { buildCmsConfig } from './config.ts';
import { cmsOpds } from './registry.ts';

export const CONFIG_FILE = 'config.json';

/** Writes `text` unless the file already holds it: a running dev server (`npm run cms`, tests) sees no change then. */
async function writeIfChanged(path: string, text: string): Promise<void> {
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current !== text) await writeFile(path, text);
}

/** Writes every OPD's config under `out` and returns the OPD slugs written. */
export async function writeCmsConfigs(root: string, out: string): Promise<string[]> {
  // Only pemda.yaml and the profiles: the configs need nothing else, and the build reads the tree once elsewhere.
  const tree = await readProfiles(root);
  const { pemda } = buildModel(tree);
  const opds = cmsOpds(tree);
  await mkdir(out, { recursive: true });
  for (const opd of opds) {
    await mkdir(join(out, opd.slug), { recursive: true });
    const config = buildCmsConfig(pemda, opd);
    await writeIfChanged(join(out, opd.slug, CONFIG_FILE), `${JSON.stringify(config, null, 1)}\n`);
  }
  const current = new Set(opds.map((o) => o.slug));
  for (const entry of await readdir(out, { withFileTypes: true })) {
    if (!entry.isDirectory() || current.has(entry.name)) continue;
    const files = await readdir(join(out, entry.name));
    // Only folders that hold nothing but a generated config are ours to remove.
    if (files.length === 1 && files[0] === CONFIG_FILE) await rm(join(out, entry.name), { recursive: true });
  }
  return opds.map((o) => o.slug);
}

