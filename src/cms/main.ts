/**
 * Browser entry of `/admin/<opd>/`: registers the Indonesian locale, the portal's widgets and save checks, then
 * starts Decap with the OPD's generated `config.json` (no config.yml lookup, `{{now}}` defaults resolved to the
 * current WIB time). Bundled by Astro/Vite from npm.
 */
import './global-shim.ts';
import CMS from 'decap-cms-app';
import { z } from 'zod';
import type { Map as ImmutableMap } from 'immutable';
import { store } from 'decap-cms-core/dist/esm/redux/index.js';
import { currentBackend } from 'decap-cms-core/dist/esm/backend.js';
import { id, portal } from './locale.ts';
import { parseCollectionName } from './config.ts';
import { checkEntry, saveRefusal } from './save-check.ts';
import { entrySlug, registerWidgets } from './widgets.ts';
import { phrase, resolveNowDefaults } from './widget-helpers.ts';
import { installUploadNames } from './upload-names.ts';
import { localBackendUrl } from './local-backend.ts';
import { takenMediaNames, translateMediaNotices } from './decap-store.ts';
import { translateConfirm } from './decap-english.ts';

type Entry = ImmutableMap<string, unknown>;

/** A dataset's CSV must sit next to it under the same name, and a new dataset must not take an existing name. */
async function datasetCsvProblems(entry: Entry, csv: unknown): Promise<string[]> {
  const state = store.getState();
  const collection = state.collections.get(String(entry.get('collection')));
  if (!collection) return [];
  const slug = entrySlug(entry, collection, state.config.slug);
  if (typeof csv === 'string' && csv !== `${slug}.csv`) return [portal.csvTitleChanged];
  if (!entry.get('newRecord')) return [];
  if (typeof csv !== 'string') return [portal.csvMissing];
  const path = `${collection.get('folder')}/${slug}.${collection.get('extension')}`;
  const taken = await currentBackend(state.config).entryExist(collection, path, slug, state.config.publish_mode === 'editorial_workflow');
  return taken ? [phrase(portal.csvSlugTaken, { slug })] : [];
}

function registerSaveCheck(): void {
  CMS.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      const target = parseCollectionName(String(entry.get('collection')));
      if (!target) return undefined;
      const data = (entry.get('data') as Entry).toJS() as Record<string, unknown>;
      const result = checkEntry(target.kind, data);
      const problems = [...result.problems];
      if (target.kind === 'dataset') problems.push(...(await datasetCsvProblems(entry, data.csv)));
      if (problems.length > 0 || !result.data) throw saveRefusal(problems);
      return (entry.get('data') as Entry).clear().merge(result.data);
    },
  });
}

/** Decap asks some questions with `window.confirm` and a hard-coded English text: ask them in Indonesian. */
function translateConfirmDialogs(): void {
  const confirm = window.confirm.bind(window);
  window.confirm = (message?: string) => confirm(translateConfirm(String(message ?? '')));
}

async function start(): Promise<void> {
  z.config(z.locales.id()); // zod's own messages (length, type) in Indonesian too
  CMS.registerLocale('id', id);
  registerWidgets(CMS);
  registerSaveCheck();
  installUploadNames(document, takenMediaNames);
  translateConfirmDialogs();
  translateMediaNotices();
  const response = await fetch('config.json', { cache: 'no-cache' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  const config = resolveNowDefaults((await response.json()) as Record<string, unknown>);
  const local = localBackendUrl(location, config.local_backend);
  CMS.init({ config: { ...config, local_backend: local, load_config_file: false } as never });
}

start().catch((error: unknown) => {
  const root = document.getElementById('nc-root') ?? document.body;
  root.textContent = `CMS gagal dimuat: ${(error as Error).message}. Jalankan \`npm run cms-config\` lalu muat ulang halaman.`;
});
