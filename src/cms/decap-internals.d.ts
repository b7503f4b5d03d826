/*
 * Types for the few Decap CMS internals the portal uses (not part of Decap's public API, pinned by the lockfile):
 * the slug formatter (to name a dataset's CSV like its entry), the redux store, its root reducer and a few of its
 * actions and selectors (media of the entry being edited, notifications, a field change), the backend (to check a
 * new dataset's name is free, to write an entry's file as it will be saved, and the guards of decap-guards.ts), the
 * editor and the list widget (patched in decap-guards.ts). Same modules as the app's own, since decap-cms-app
 * imports decap-cms-core's ESM build.
 */
declare module 'decap-cms-core/dist/esm/lib/formatters.js' {
  import type { Map } from 'immutable';
  export function slugFormatter(collection: Map<string, unknown>, entryData: Map<string, unknown>, slugConfig: unknown): string;
}

declare module 'decap-cms-core/dist/esm/redux/index.js' {
  import type { Map } from 'immutable';
  export interface DecapState {
    collections: Map<string, Map<string, unknown>>;
    config: { slug?: unknown; publish_mode?: string } & Record<string, unknown>;
    /** `entry` is the entry being edited (empty Map outside the editor), with its `mediaFiles`. */
    entryDraft: Map<string, unknown>;
    /** `files`: the media library's listing (plain objects). */
    mediaLibrary: Map<string, unknown>;
    [slice: string]: unknown;
  }
  export interface DecapAction {
    type: string;
    [key: string]: unknown;
  }
  export type DecapReducer = (state: DecapState | undefined, action: DecapAction) => DecapState;
  export const store: {
    getState(): DecapState;
    dispatch(action: DecapAction): unknown;
    replaceReducer(reducer: DecapReducer): void;
  };
}

declare module 'decap-cms-core/dist/esm/reducers/combinedReducer.js' {
  import type { DecapReducer } from 'decap-cms-core/dist/esm/redux/index.js';
  export default function createRootReducer(): DecapReducer;
}

declare module 'decap-cms-core/dist/esm/reducers/mediaLibrary.js' {
  import type { Map } from 'immutable';
  import type { DecapState } from 'decap-cms-core/dist/esm/redux/index.js';
  /** Files of the media folder of `field` (the entry's own list while an entry is edited). */
  export function selectMediaFiles(state: DecapState, field?: Map<string, unknown>): { id: string; name: string; path: string; draft?: boolean }[];
}


declare module 'decap-cms-core/dist/esm/actions/notifications.js' {
  import type { DecapAction } from 'decap-cms-core/dist/esm/redux/index.js';
  export const NOTIFICATION_SEND: string;
  export function addNotification(notification: { message: string | { key: string }; type: 'success' | 'warning' | 'error' | 'info'; dismissAfter?: number }): DecapAction;
}

declare module 'decap-cms-core/dist/esm/backend.js' {
  import type { Map } from 'immutable';
  /** The backend's own implementation (GitHub, GitLab, Forgejo, the local proxy...): the methods the guards wrap. */
  export interface DecapImplementation {
    getEntry(path: string): Promise<{ file: { path: string }; data: string }>;
    getMedia(folder?: string): Promise<{ name: string; path: string }[]>;
    unpublishedEntries(): Promise<string[]>;
    /** The files of a folder with their text (what Decap lists a collection with). */
    entriesByFolder(folder: string, extension: string, depth: number): Promise<{ file: { path: string }; data: string }[]>;
    [method: string]: unknown;
  }
  export interface DecapBackend {
    implementation: DecapImplementation;
    entryExist(collection: Map<string, unknown>, path: string, slug: string, useWorkflow: boolean): Promise<unknown>;
    /** The file Decap writes for `entry` (frontmatter and body, or YAML), with its format and field order. */
    entryToRaw(collection: Map<string, unknown>, entry: Map<string, unknown>): string;
    deleteEntry(...args: unknown[]): Promise<void>;
    deleteMedia(config: unknown, path: string): Promise<void>;
    persistMedia(config: unknown, file: unknown): Promise<unknown>;
    [method: string]: unknown;
  }
  export function currentBackend(config: unknown): DecapBackend;
}

declare module 'decap-cms-core/dist/esm/actions/entries.js' {
  import type { Map } from 'immutable';
  import type { DecapAction } from 'decap-cms-core/dist/esm/redux/index.js';
  export function removeDraftEntryMediaFile(file: { id: string }): DecapAction;
  /** What Decap's `persistMedia` resolves with when it held the upload with the entry draft. */
  export const ADD_DRAFT_ENTRY_MEDIA_FILE: string;
  /** Sets the value of the top-level field `field.name` of the entry being edited (`entries`: to compare with, for "changed"). */
  export function changeDraftField(change: { field: Map<string, unknown>; value: unknown; metadata?: unknown; entries: unknown[]; i18n?: unknown }): DecapAction;
}

declare module 'decap-cms-core/dist/esm/components/Editor/Editor.js' {
  import type { Component } from 'react';
  import type { Map } from 'immutable';
  export interface EditorProps {
    slug?: string;
    newEntry: boolean;
    collection: Map<string, unknown>;
    location: { pathname: string; search: string };
    loadEntry(collection: Map<string, unknown>, slug: string): void;
    createEmptyDraft(collection: Map<string, unknown>, search: string): void;
    discardDraft(): void;
    retrieveLocalBackup(collection: Map<string, unknown>, slug?: string): void;
    [prop: string]: unknown;
  }
  /** The entry editor (the connected default export wraps it); one instance serves every `/entries/<slug>` route. */
  export class Editor extends Component<EditorProps> {
    componentDidUpdate(prevProps: EditorProps): void;
  }
}

declare module 'decap-cms-widget-list/dist/esm/ListControl.js' {
  import type { Component } from 'react';
  /** Decap's list widget: it keys its items in its own state, made once from the value it mounts with. */
  export default class ListControl extends Component<{ value?: { size: number } }, { keys: string[]; itemsCollapsed: boolean[] }> {}
}

// The backends and widgets decap.ts registers (no types of their own; decap-cms-app registers the same objects).
declare module 'decap-cms-backend-github' { export const GitHubBackend: unknown; }
declare module 'decap-cms-backend-gitlab' { export const GitLabBackend: unknown; }
declare module 'decap-cms-backend-gitea' { export const GiteaBackend: unknown; }
declare module 'decap-cms-backend-forgejo' { export const ForgejoBackend: unknown; }
declare module 'decap-cms-backend-test' { export const TestBackend: unknown; }
declare module 'decap-cms-backend-proxy' { export const ProxyBackend: unknown; }
declare module 'decap-cms-widget-string' { const widget: { Widget(): unknown }; export default widget; }
declare module 'decap-cms-widget-text' { const widget: { Widget(): unknown }; export default widget; }
declare module 'decap-cms-widget-number' { const widget: { Widget(): unknown }; export default widget; }
declare module 'decap-cms-widget-boolean' { const widget: { Widget(): unknown }; export default widget; }
declare module 'decap-cms-widget-select' { const widget: { Widget(): unknown }; export default widget; }
declare module 'decap-cms-widget-list' { const widget: { Widget(): unknown }; export default widget; }
declare module 'decap-cms-widget-object' { const widget: { Widget(): unknown }; export default widget; }
declare module 'decap-cms-widget-relation' { const widget: { Widget(): unknown }; export default widget; }
declare module 'decap-cms-widget-markdown' { const widget: { Widget(): unknown; controlComponent: unknown }; export default widget; }
declare module 'decap-cms-widget-markdown/dist/esm/schema.js' { const schema: object; export default schema; }
declare module 'decap-cms-widget-image' { const widget: { Widget(): unknown }; export default widget; }
declare module 'decap-cms-widget-file' { const widget: { Widget(): unknown }; export default widget; }
declare module 'decap-cms-editor-component-image' { const component: unknown; export default component; }
