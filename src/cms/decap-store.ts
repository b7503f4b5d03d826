/**
 * The portal's few interventions in Decap's redux store (browser only; the internals are typed in
 * decap-internals.d.ts and pinned by the lockfile):
 * - which file names the media folders already hold, so an upload gets a free name instead of "replacing";
 * - making a re-uploaded dataset CSV replace the old one on the entry's own branch only;
 * - Indonesian text for the media notices Decap writes in English.
 *
 * Why: when an upload has the name of a file Decap lists for the entry, Decap asks (in English) whether to
 * replace it and then deletes the old file with a commit straight on the main branch, outside the editorial
 * workflow. Files held with the entry draft instead are written on its `cms/...` branch when it is saved.
 */
import type { Map as ImmutableMap } from 'immutable';
import { store, type DecapAction } from 'decap-cms-core/dist/esm/redux/index.js';
import createRootReducer from 'decap-cms-core/dist/esm/reducers/combinedReducer.js';
import { selectMediaFiles } from 'decap-cms-core/dist/esm/reducers/mediaLibrary.js';
import { ADD_DRAFT_ENTRY_MEDIA_FILE, removeDraftEntryMediaFile } from 'decap-cms-core/dist/esm/actions/entries.js';
import { NOTIFICATION_SEND } from 'decap-cms-core/dist/esm/actions/notifications.js';
import { translateNotice } from './decap-english.ts';

interface MediaFile {
  id: string;
  name: string;
}

function draftEntry(): ImmutableMap<string, unknown> | undefined {
  const entry = store.getState().entryDraft.get('entry') as ImmutableMap<string, unknown> | undefined;
  return entry && !entry.isEmpty() ? entry : undefined;
}

/** Lowercase names of the files Decap knows: the edited entry's media and the media library's listing. */
export function takenMediaNames(): Set<string> {
  const entryFiles = (draftEntry()?.get('mediaFiles') as { toJS(): MediaFile[] } | undefined)?.toJS() ?? [];
  const libraryFiles = (store.getState().mediaLibrary.get('files') as MediaFile[] | undefined) ?? [];
  return new Set([...entryFiles, ...libraryFiles].map((file) => file.name.toLowerCase()));
}

/**
 * Before `name` is uploaded for `field` of the edited entry, drops every file of that name from the entry's
 * media list: Decap then finds nothing to replace (no question, no deletion on the main branch) and holds the
 * new file with the draft, which writes it over the old one on the entry's branch when it is saved.
 */
export function releaseMediaName(name: string, field: ImmutableMap<string, unknown>): void {
  if (!draftEntry()) return;
  const wanted = name.toLowerCase();
  for (const file of selectMediaFiles(store.getState(), field)) {
    if (file.name.toLowerCase() === wanted) store.dispatch(removeDraftEntryMediaFile({ id: file.id }));
  }
}

/** Whether the result of a widget's `onPersistMedia` says the file is now held with the entry draft. */
export function heldWithDraft(result: unknown): boolean {
  return (result as { type?: unknown } | undefined)?.type === ADD_DRAFT_ENTRY_MEDIA_FILE;
}

/** Rewrites Decap's English media notices before they reach the store (and the toast that shows them). */
export function translateMediaNotices(): void {
  const root = createRootReducer();
  store.replaceReducer((state, action) => {
    const payload = action.payload as { message?: unknown } | undefined;
    if (action.type !== NOTIFICATION_SEND || !payload) return root(state, action);
    const translated: DecapAction = { ...action, payload: { ...payload, message: translateNotice(payload.message) } };
    return root(state, translated);
  });
}
