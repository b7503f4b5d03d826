/**
 * The parts of Decap CMS the portal's configs use (names only, pure: tests check every generated config against
 * them). decap.ts registers exactly these instead of loading decap-cms-app, which bundles every backend, widget
 * and language (the map widget alone brings OpenLayers, the code widget CodeMirror and ~90 languages).
 */

/** Decap's own widgets the generated configs name (`hidden` is built into Decap's core). */
export const DECAP_WIDGETS = ['string', 'text', 'number', 'boolean', 'select', 'list', 'object', 'relation', 'markdown', 'image', 'file'] as const;

/** The portal's widgets (widgets.ts). */
export const PORTAL_WIDGETS = ['wib-datetime', 'bersyarat', 'berkas-csv'] as const;

/** Widgets without a control of their own. */
export const BUILT_IN_WIDGETS = ['hidden'] as const;

/** Every backend `pemda.cms.backend` can name (config.ts backendConfig), and `proxy`: the local decap-server of `npm run cms`. */
export const DECAP_BACKENDS = ['github', 'gitlab', 'gitea', 'forgejo', 'test-repo', 'proxy'] as const;
