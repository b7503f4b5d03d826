/**
 * Small, documented overrides of Decap's behaviour (browser only; internals typed in decap-internals.d.ts, pinned by
 * the lockfile; listed in docs/cms.md "Penyesuaian Decap"):
 *
 * 1. Nothing changes on the main branch outside review. Decap writes straight to `cms.branch`, with no pull request,
 *    when it deletes a published entry, uploads from the header media library, or deletes a media file that is not
 *    a draft's. The collections offer no delete of published entries (`delete: false`, config.ts); the backend
 *    refuses the three calls as well, with an Indonesian reason, whatever button reached them.
 * 2. The media library lists files, not content: the `.md` entries of Dokumen share its folder.
 * 3. The workflow board reads only this OPD's drafts: Decap would fetch every `cms/...` branch of the repository
 *    (every OPD's) and drop the foreign ones afterwards.
 * 4. Changing the address from one entry to another loads the other entry: Decap keeps one editor for every
 *    `/entries/<slug>` route and would go on showing (and saving into) the first entry.
 * 5. The list widget takes a list the portal set from outside (the column dictionary filled from a CSV header).
 */
import { Editor, type EditorProps } from 'decap-cms-core/dist/esm/components/Editor/Editor.js';
import ListControl from 'decap-cms-widget-list/dist/esm/ListControl.js';
import { currentBackend, type DecapBackend } from 'decap-cms-core/dist/esm/backend.js';
import { store } from 'decap-cms-core/dist/esm/redux/index.js';
import { portal } from './locale.ts';

/** Files of a media folder that are content entries, not media (Dokumen entries live in `dokumen/`). */
const CONTENT_FILE = /\.(md|ya?ml)$/i;

/** Whether the editor is working on an entry (an upload or a removal then belongs to its draft). */
function editingEntry(): boolean {
  const entry = store.getState().entryDraft.get('entry') as { isEmpty(): boolean } | undefined;
  return !!entry && !entry.isEmpty();
}

function refusal(message: string): Error {
  const error = new Error(message);
  error.name = '';
  return error;
}

/** The collection part of a draft's id (`berita-dinkominfo/2026-11-20-judul` → `berita-dinkominfo`). */
export function draftCollection(id: string): string {
  const slash = id.indexOf('/');
  return slash < 0 ? id : id.slice(0, slash);
}

const guarded = new WeakSet<object>();

function guardBackend(backend: DecapBackend, ownCollections: () => Set<string>): void {
  if (guarded.has(backend)) return;
  guarded.add(backend);
  backend.deleteEntry = () => Promise.reject(refusal(portal.deletePublishedRefused));
  backend.deleteMedia = () => Promise.reject(refusal(portal.deleteMediaRefused));
  const persistMedia = backend.persistMedia.bind(backend);
  // Inside an entry Decap holds uploads with the draft and never calls this; outside, it would commit on main.
  backend.persistMedia = (config, file) => (editingEntry() ? persistMedia(config, file) : Promise.reject(refusal(portal.uploadOutsideEntry)));
  const implementation = backend.implementation;
  const getMedia = implementation.getMedia.bind(implementation);
  implementation.getMedia = async (folder?: string) => (await getMedia(folder)).filter((file) => !CONTENT_FILE.test(file.name));
  const unpublishedEntries = implementation.unpublishedEntries.bind(implementation);
  implementation.unpublishedEntries = async () => {
    const own = ownCollections();
    return (await unpublishedEntries()).filter((id) => own.has(draftCollection(id)));
  };
}

/** Applies 1–3 to Decap's backend as soon as the configuration is loaded (the backend is one object per page). */
export function installBackendGuards(): void {
  const apply = (): boolean => {
    const { config, collections } = store.getState();
    if (!config || config.isFetching !== false || !config.backend) return false;
    guardBackend(currentBackend(config), () => new Set([...collections.keys()]));
    return true;
  };
  if (apply()) return;
  // `subscribe` is redux's; the store type in decap-internals.d.ts lists what the portal uses.
  const unsubscribe = (store as unknown as { subscribe(listener: () => void): () => void }).subscribe(() => {
    if (apply()) unsubscribe();
  });
}

/** 4: the editor reloads when its route names another entry (or another collection, or "new"). */
export function installEditorRouteReload(): void {
  const didUpdate = Editor.prototype.componentDidUpdate;
  Editor.prototype.componentDidUpdate = function (this: Editor, prevProps: EditorProps) {
    const props = this.props;
    const moved = prevProps.slug !== props.slug || prevProps.newEntry !== props.newEntry || prevProps.collection.get('name') !== props.collection.get('name');
    if (moved) {
      // What mounting the editor does (Decap's componentDidMount), for the entry the address names now.
      props.discardDraft();
      props.retrieveLocalBackup(props.collection, props.slug);
      if (props.newEntry) props.createEmptyDraft(props.collection, props.location.search);
      else props.loadEntry(props.collection, props.slug!);
      return;
    }
    didUpdate.call(this, prevProps);
  };
}

/** Lists the portal replaced from outside (setFieldList in widgets.ts): the list widget re-keys its items for them. */
export const portalLists = new WeakSet<object>();

/**
 * 5: a list value set by the portal gets fresh item keys (the widget keeps one key per item, made at mount), and the
 * widget forgets the items it no longer shows (it validates every item it ever rendered on save).
 */
export function installListResync(): void {
  type State = { keys: string[]; itemsCollapsed: boolean[]; portalValue?: object };
  const control = ListControl as unknown as {
    getDerivedStateFromProps?: (props: { value?: { size: number } }, state: State) => object | null;
    prototype: { componentDidUpdate?: (this: { state: State; childRefs: Record<string, unknown> }) => void };
  };
  control.getDerivedStateFromProps = (props, state) => {
    const value = props.value;
    if (!value || !portalLists.has(value) || state.portalValue === value) return null;
    return { keys: Array.from({ length: value.size }, () => crypto.randomUUID()), itemsCollapsed: Array(value.size).fill(false), portalValue: value };
  };
  control.prototype.componentDidUpdate = function () {
    if (!this.state.portalValue) return;
    for (const key of Object.keys(this.childRefs)) if (!this.state.keys.includes(key)) delete this.childRefs[key];
  };
}
