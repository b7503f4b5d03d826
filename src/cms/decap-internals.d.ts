/*
 * Types for the few Decap CMS internals the portal uses (not part of Decap's public API, pinned by the lockfile):
 * the slug formatter (to name a dataset's CSV like its entry), the redux store and the backend (to check a new
 * dataset's name is free). Same modules as the app's own, since decap-cms-app imports decap-cms-core's ESM build.
 */
declare module 'decap-cms-core/dist/esm/lib/formatters.js' {
  import type { Map } from 'immutable';
  export function slugFormatter(collection: Map<string, unknown>, entryData: Map<string, unknown>, slugConfig: unknown): string;
}

declare module 'decap-cms-core/dist/esm/redux/index.js' {
  import type { Map } from 'immutable';
  export const store: {
    getState(): {
      collections: Map<string, Map<string, unknown>>;
      config: { slug?: unknown; publish_mode?: string } & Record<string, unknown>;
    };
  };
}

declare module 'decap-cms-core/dist/esm/backend.js' {
  import type { Map } from 'immutable';
  export function currentBackend(config: unknown): {
    entryExist(collection: Map<string, unknown>, path: string, slug: string, useWorkflow: boolean): Promise<unknown>;
  };
}
