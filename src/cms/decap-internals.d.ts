/*
 * Types for the few Decap CMS internals the portal uses (not part of Decap's public API, pinned by the lockfile):
 * the slug formatter (to name a dataset's CSV like its entry), the redux store, its root reducer and a few of its
 * actions and selectors (media of the entry being edited, notifications), and the backend (to check a new
 * dataset's name is free). Same modules as the app's own, since decap-cms-app imports decap-cms-core's ESM build.
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

declare module 'decap-cms-core/dist/esm/actions/entries.js' {
  import type { DecapAction } from 'decap-cms-core/dist/esm/redux/index.js';
  export function removeDraftEntryMediaFile(file: { id: string }): DecapAction;
  /** What Decap's `persistMedia` resolves with when it held the upload with the entry draft. */
  export const ADD_DRAFT_ENTRY_MEDIA_FILE: string;
}

declare module 'decap-cms-core/dist/esm/actions/notifications.js' {
  export const NOTIFICATION_SEND: string;
}

declare module 'decap-cms-core/dist/esm/backend.js' {
  import type { Map } from 'immutable';
  export function currentBackend(config: unknown): {
    entryExist(collection: Map<string, unknown>, path: string, slug: string, useWorkflow: boolean): Promise<unknown>;
  };
}
