/**
 * Decap's `preSave` event (browser only): the last step before Decap writes a commit or a branch. The entry is
 * cleaned (save-check.ts), written as Decap will write it (its own formatter), and checked with every rule of the
 * validator together with its new uploads (entry-check.ts). Any error throws: Decap then shows "Gagal menyimpan: …"
 * with the reasons and makes no commit and no branch. Warnings are shown after the save.
 */
import { fromJS, type Map as ImmutableMap } from 'immutable';
import type { CMS } from 'decap-cms-core';
import { store } from 'decap-cms-core/dist/esm/redux/index.js';
import { currentBackend, type DecapBackend } from 'decap-cms-core/dist/esm/backend.js';
import { addNotification } from 'decap-cms-core/dist/esm/actions/notifications.js';
import { CMS_SCHEMAS, collectionName, parseCollectionName, type CmsKind } from './config.ts';
import { loadChecker } from './checker.ts';
import type { EntryFiles } from './entry-check.ts';
import { portal } from './locale.ts';
import { prepareEntry, saveRefusal } from './save-check.ts';
import { entrySlug } from './widgets.ts';
import { phrase } from './widget-helpers.ts';

type Entry = ImmutableMap<string, unknown>;
type Collection = ImmutableMap<string, unknown>;

interface MediaFile {
  name: string;
  path: string;
  draft?: boolean;
  file?: Blob;
}

const repoFiles = new Map<string, Promise<string>>();

/** A text file of the main branch (pemda.yaml, the OPD profile), read once per page. */
function readRepoFile(backend: DecapBackend, path: string): Promise<string> {
  let text = repoFiles.get(path);
  if (!text) {
    text = backend.implementation.getEntry(path).then((file) => file.data);
    text.catch(() => repoFiles.delete(path));
    repoFiles.set(path, text);
  }
  return text;
}

const relative = (path: string) => path.replace(/^\/+/, '');

/** The label of the markdown body field of the entry's collection (or file), if it has one. */
function bodyLabel(collection: Collection, entry: Entry): string | undefined {
  const files = collection.get('files') as { find(fn: (f: Collection) => boolean): Collection | undefined } | undefined;
  const fields = (files ? files.find((f) => f.get('name') === entry.get('slug'))?.get('fields') : collection.get('fields')) as { toJS(): { name: string; label?: string }[] } | undefined;
  return fields?.toJS().find((f) => f.name === 'body')?.label;
}

/** A new dataset's CSV must sit next to it under the same name, and a new dataset must not take an existing name. */
async function datasetCsvProblems(entry: Entry, collection: Collection, slug: string, csv: unknown): Promise<string[]> {
  if (typeof csv === 'string' && csv !== `${slug}.csv`) return [portal.csvTitleChanged];
  if (!entry.get('newRecord')) return [];
  if (typeof csv !== 'string') return [portal.csvMissing];
  const state = store.getState();
  const path = `${collection.get('folder')}/${slug}.${collection.get('extension')}`;
  const taken = await currentBackend(state.config).entryExist(collection, path, slug, state.config.publish_mode === 'editorial_workflow');
  return taken ? [phrase(portal.csvSlugTaken, { slug })] : [];
}

/** The entry's files as they will be written, and what the validator judges them against. */
async function entryFiles(entry: Entry, collection: Collection, kind: CmsKind, opd: string, slug: string, data: Record<string, unknown>): Promise<EntryFiles> {
  const state = store.getState();
  const backend = currentBackend(state.config);
  const { candidateContextPaths, CONTEXT_COLLECTIONS } = await loadChecker();
  const folder = String(collection.get('folder') ?? '');
  const path = entry.get('newRecord') ? `${folder}/${slug}.${String(collection.get('extension'))}` : relative(String(entry.get('path')));
  const text = backend.entryToRaw(collection, entry.set('data', fromJS(data)));
  const media = ((entry.get('mediaFiles') as { toJS(): MediaFile[] } | undefined)?.toJS() ?? []) as MediaFile[];
  const attachments: Record<string, Uint8Array> = {};
  const existing: string[] = [];
  const csvPath = kind === 'dataset' ? `${folder}/${slug}.csv` : undefined;
  for (const file of media) {
    const where = csvPath && file.name === `${slug}.csv` ? csvPath : relative(file.path);
    if (file.draft && file.file) attachments[where] = new Uint8Array(await file.file.arrayBuffer());
    else existing.push(where);
  }
  // A published dataset saved without a new CSV: its dictionary is judged against the CSV it already has.
  if (csvPath && !(csvPath in attachments) && !entry.get('newRecord')) {
    const published = await readRepoFile(backend, csvPath).catch(() => undefined);
    if (published !== undefined) attachments[csvPath] = new TextEncoder().encode(published);
  }
  const context: Record<string, string> = {};
  for (const contextPath of candidateContextPaths(opd)) {
    const content = await readRepoFile(backend, contextPath).catch(() => undefined);
    if (content !== undefined) context[contextPath] = content;
  }
  for (const other of CONTEXT_COLLECTIONS[kind] ?? []) {
    const source = state.collections.get(collectionName(other as CmsKind, opd));
    if (!source) continue;
    const entries = await backend.implementation.entriesByFolder(String(source.get('folder')), String(source.get('extension')), 1);
    for (const { file, data: content } of entries) context[relative(file.path)] = content;
  }
  return { path, text, attachments, context, existing: existing.filter((p) => p !== path && !(p in attachments)) };
}

export function registerSaveCheck(cms: CMS): void {
  cms.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }: { entry: Entry }) => {
      const target = parseCollectionName(String(entry.get('collection')));
      if (!target) return undefined;
      const state = store.getState();
      const collection = state.collections.get(String(entry.get('collection')));
      if (!collection) return undefined;
      const raw = (entry.get('data') as Entry).toJS() as Record<string, unknown>;
      const { data } = prepareEntry(target.kind, raw);
      const slug = entrySlug(entry, collection, state.config.slug);
      const problems = target.kind === 'dataset' ? await datasetCsvProblems(entry, collection, slug, raw.csv) : [];
      if (problems.length > 0) throw saveRefusal(problems);
      let warnings: string[] = [];
      try {
        const files = await entryFiles(entry, collection, target.kind, target.opd, slug, data);
        const { checkEntry } = await loadChecker();
        const verdict = await checkEntry(files, { schema: CMS_SCHEMAS[target.kind], body: bodyLabel(collection, entry) });
        problems.push(...verdict.errors);
        warnings = verdict.warnings;
      } catch (error) {
        // Fail closed: a check that could not run refuses the save rather than letting an unchecked entry through.
        problems.push(phrase(portal.saveCheckFailed, { details: (error as Error).message }));
      }
      if (problems.length > 0) throw saveRefusal(problems);
      if (warnings.length > 0) store.dispatch(addNotification({ message: phrase(portal.saveWarnings, { details: warnings.join(' ') }), type: 'warning', dismissAfter: 15_000 }));
      return (entry.get('data') as Entry).clear().merge(fromJS(data) as Entry);
    },
  });
}
