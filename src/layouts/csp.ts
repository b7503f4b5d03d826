/**
 * Content-Security-Policy of every page (W3C CSP Level 3, https://www.w3.org/TR/CSP3/; MDN "Content-Security-Policy").
 * Astro's built-in CSP (`security.csp` in astro.config.mjs) hashes any inline <style> (there is none: stylesheets are
 * files, astro.config.mjs) and writes the policy
 * as `<meta http-equiv="content-security-policy">`, so it holds on hosts that cannot set headers (GitHub Pages);
 * the pages add the directives below through `Astro.csp` (applyPolicy). Hosts that can set headers also send
 * headerPolicy() (docs/deploy.md, nginx): the browser enforces every policy it gets, a resource must pass each
 * one, and only a header can carry `frame-ancestors` (CSP3: not supported in the <meta> element).
 */
import { urls } from '../lib/urls.ts';
import type { Pemda } from '../schemas/index.ts';

export interface PagePolicy {
  /** `script-src` sources; empty for pages that run no script ('none' in the header). */
  script: string[];
  /** `style-src` sources; empty: no styles. */
  style: string[];
  /** Every other directive, whole; the first is `default-src`. */
  directives: string[];
}

/**
 * Content pages run no script and load only same-origin images and stylesheets. `default-src 'none'`
 * refuses everything not named (plug-ins, frames, fetches); `base-uri` and `form-action` do not fall back to
 * default-src, so they are named: no <base> is used, and the only form is the search box (GET /cari/).
 */
export const PUBLIC_POLICY: PagePolicy = {
  script: [],
  style: ["'self'"],
  directives: ["default-src 'none'", "img-src 'self'", "base-uri 'none'", "form-action 'self'"],
};

/**
 * /cari/ runs Pagefind: the page's module script (a file: astro.config.mjs keeps scripts out of the HTML),
 * /pagefind/pagefind.js, index fragments fetched from the same origin, and a WebAssembly search core. Pagefind
 * runs it in a worker (/pagefind/pagefind-worker.js) and falls back to the page when the worker fails; in the page
 * it needs 'wasm-unsafe-eval' (which, unlike 'unsafe-eval', allows no eval() or new Function()).
 */
export const SEARCH_POLICY: PagePolicy = {
  script: ["'self'", "'wasm-unsafe-eval'"],
  style: ["'self'"],
  directives: [...PUBLIC_POLICY.directives, "connect-src 'self'", "worker-src 'self'"],
};

/**
 * A page with its own small module script and nothing else (a file from /_astro/, like search; no fetches, no
 * WebAssembly): the request composer of /permohonan-informasi/ builds mailto: and wa.me links in the browser.
 */
export const SCRIPT_POLICY: PagePolicy = {
  script: ["'self'"],
  style: ["'self'"],
  directives: [...PUBLIC_POLICY.directives],
};

/** Pages that run a script of their own under SCRIPT_POLICY (progressive enhancement: each works without it). */
export const SCRIPT_PAGES: readonly string[] = [urls.permohonan()];

/**
 * Request tracking (/permohonan/lacak/): its own script, which also reads /permohonan/lacak.json (the register
 * numbers and their status) from the portal itself; nothing else. Its per-OPD register pages run no script.
 */
export const LACAK_POLICY: PagePolicy = {
  script: ["'self'"],
  style: ["'self'"],
  directives: [...PUBLIC_POLICY.directives, "connect-src 'self'"],
};

/** The policy of a public page by its path: search, a page with its own script, or no script at all. */
export function policyFor(pathname: string): PagePolicy {
  if (pathname === urls.cari()) return SEARCH_POLICY;
  if (pathname === urls.lacak()) return LACAK_POLICY;
  return SCRIPT_PAGES.includes(pathname) ? SCRIPT_POLICY : PUBLIC_POLICY;
}

/**
 * The Pagefind worker. A worker started from a URL is governed by the policy of its own response, not by the
 * page's (CSP3 "Initialize a global object's CSP list"), so this one only exists as a header on /pagefind/.
 */
export const PAGEFIND_WORKER_POLICY: PagePolicy = {
  script: ["'self'", "'wasm-unsafe-eval'"],
  style: [],
  directives: ["default-src 'none'", "connect-src 'self'"],
};

/** Decap's default API and login hosts per backend (decap-cms-backend-* `api_root` / `base_url` defaults). */
const BACKEND_DEFAULTS: Record<Pemda['cms']['backend'], { api?: string; base?: string; avatars?: string[] }> = {
  github: { api: 'https://api.github.com', avatars: ['https://avatars.githubusercontent.com'] },
  gitlab: { api: 'https://gitlab.com/api/v4', base: 'https://gitlab.com', avatars: ['https://secure.gravatar.com'] },
  gitea: { api: 'https://try.gitea.io/api/v1', base: 'https://try.gitea.io', avatars: ['https://secure.gravatar.com'] },
  forgejo: { avatars: ['https://secure.gravatar.com'] },
  'test-repo': {},
};

const origin = (url: string | undefined) => (url ? new URL(url).origin : undefined);
const sources = (list: (string | undefined)[]) => [...new Set(list.filter((s): s is string => Boolean(s)))].join(' ');

/**
 * The CMS at /admin/<opd>/, built from the configured backend (content/pemda.yaml `cms`):
 * - `script-src 'unsafe-eval'`: Decap validates its configuration with ajv, which compiles schemas with
 *   `new Function` (decaporg/decap-cms#2343, ajv-validator/ajv#2175); without it the CMS does not start.
 * - `style-src 'unsafe-inline'`: Decap styles itself with emotion, which inserts <style> elements at run time, and
 *   React sets style attributes (decaporg/decap-cms#2138); hashes cannot cover styles made in the browser.
 * - `connect-src`: the git host's API, the OAuth host (GitLab/Gitea PKCE exchange the code for a token there),
 *   and decap-server on 127.0.0.1 for `npm run cms`: Decap only uses its local backend when the page itself is
 *   opened on localhost/127.0.0.1 (decap-cms-core actions/config), on any port (`?proxy_port=`).
 * - `img-src`: repository media are shown through blob: URLs, thumbnails as data:, and the editor's avatar
 *   (from the git host, or GitHub's avatar host, or Gravatar).
 * - `form-action 'none'`, `base-uri 'none'`: Decap submits no form and sets no <base>.
 * Stricter than the public pages: no form at all, and (header) `frame-ancestors 'none'` against click-jacking an
 * editor who is logged in to the git host.
 */
export function adminPolicy(cms: Pemda['cms']): PagePolicy {
  const defaults = BACKEND_DEFAULTS[cms.backend];
  const api = origin(cms.api_root ?? defaults.api);
  const base = origin(cms.base_url ?? defaults.base);
  // Avatars live on the git host itself, except on github.com (avatars.githubusercontent.com).
  const gitHost = cms.backend === 'github' && !cms.api_root ? undefined : api;
  return {
    script: ["'self'", "'unsafe-eval'"],
    style: ["'self'", "'unsafe-inline'"],
    directives: [
      "default-src 'none'",
      // blob:: Decap reads an upload back from its blob: URL (AssetProxy.toBase64) to send it with the entry.
      `connect-src ${sources(["'self'", 'blob:', api, base, 'http://127.0.0.1:*'])}`,
      `img-src ${sources(["'self'", 'data:', 'blob:', gitHost, ...(defaults.avatars ?? [])])}`,
      "base-uri 'none'",
      "form-action 'none'",
    ],
  };
}

/** The part of `Astro.csp` a page uses. */
interface AstroCsp {
  insertDirective(directive: string): void;
  insertScriptResource(resource: string): void;
  insertStyleResource(resource: string): void;
}

/** Adds `policy` to the page being rendered (`Astro.csp` is undefined when CSP is off, e.g. in `astro dev`). */
export function applyPolicy(csp: AstroCsp | undefined, policy: PagePolicy): void {
  if (!csp) return;
  for (const directive of policy.directives) csp.insertDirective(directive);
  // astro.config.mjs already gives both 'self'; Astro merges what a page adds and never drops a source.
  for (const resource of policy.script) if (resource !== "'self'") csp.insertScriptResource(resource);
  for (const resource of policy.style) if (resource !== "'self'") csp.insertStyleResource(resource);
}

/**
 * The policy as an HTTP header, complete on its own so that it also covers responses without the <meta>. No page but
 * the CMS has an inline style, so none is allowed. Adds `frame-ancestors 'none'`: no page of the portal is meant to
 * be framed.
 */
export function headerPolicy(policy: PagePolicy): string {
  const [first, ...rest] = policy.directives;
  return [
    first,
    `script-src ${policy.script.length ? policy.script.join(' ') : "'none'"}`,
    ...(policy.style.length ? [`style-src ${sources(policy.style)}`] : []),
    ...rest,
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The nginx `map` from request path to header policy (docs/deploy.md); first matching regex wins. PDFs get none:
 * Chromium's PDF viewer is a plug-in, which `default-src 'none'` would refuse; like every download they are not
 * HTML, and `X-Content-Type-Options: nosniff` keeps browsers from reading them as HTML.
 */
export function nginxCspMap(cms: Pemda['cms']): string {
  const rows: [string, string][] = [
    ['~^/admin/', headerPolicy(adminPolicy(cms))],
    // Both search bundles (src/site/search-archive.ts) run their own worker.
    ['~^/pagefind(-arsip)?/', headerPolicy(PAGEFIND_WORKER_POLICY)],
    ['~^/cari/', headerPolicy(SEARCH_POLICY)],
    ...SCRIPT_PAGES.map((path): [string, string] => [`~^${path}`, headerPolicy(SCRIPT_POLICY)]),
    [`~^${urls.lacak()}(index\\.html)?$`, headerPolicy(LACAK_POLICY)],
    ['~\\.pdf$', ''],
    ['default', headerPolicy(PUBLIC_POLICY)],
  ];
  return ['map $uri $ppid_csp {', ...rows.map(([key, value]) => `  ${key.padEnd(14)} "${value}";`), '}'].join('\n');
}
