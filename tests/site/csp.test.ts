/**
 * The Content-Security-Policy module (src/layouts/csp.ts): the CMS policy follows the configured git host, the
 * header form adds frame-ancestors, and the nginx example in docs/deploy.md is exactly what the module produces.
 * Browser behaviour is in csp.e2e.test.ts and csp-admin.e2e.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { adminPolicy, headerPolicy, nginxCspMap, PUBLIC_POLICY, SEARCH_POLICY } from '../../src/layouts/csp.ts';
import { PemdaSchema, type Pemda } from '../../src/schemas/index.ts';

const ROOT = new URL('../../', import.meta.url);
const directive = (policy: { directives: string[] }, name: string) => policy.directives.find((d) => d.startsWith(`${name} `));
const cms = (fields: Partial<Pemda['cms']>): Pemda['cms'] => ({ backend: 'github', branch: 'main', ...fields });

describe('CMS policy from content/pemda.yaml', () => {
  it('GitHub: the API, the OAuth host and the avatar host; eval for ajv, inline styles for emotion', () => {
    const policy = adminPolicy(cms({ repo: 'pemkab-demak/ppid-demak', base_url: 'https://ppid-oauth.demakkab.go.id' }));
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self' blob: https://api.github.com https://ppid-oauth.demakkab.go.id http://127.0.0.1:*");
    expect(directive(policy, 'img-src')).toBe("img-src 'self' data: blob: https://avatars.githubusercontent.com");
    expect(policy.script).toEqual(["'self'", "'unsafe-eval'"]);
    expect(policy.style).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directive(policy, 'form-action')).toBe("form-action 'none'");
  });

  it('self-managed GitLab and Forgejo: their own host for the API, the token exchange and avatars', () => {
    const gitlab = adminPolicy(cms({ backend: 'gitlab', base_url: 'https://git.demakkab.go.id', api_root: 'https://git.demakkab.go.id/api/v4', app_id: 'x' }));
    expect(directive(gitlab, 'connect-src')).toBe("connect-src 'self' blob: https://git.demakkab.go.id http://127.0.0.1:*");
    expect(directive(gitlab, 'img-src')).toBe("img-src 'self' data: blob: https://git.demakkab.go.id https://secure.gravatar.com");
    const forgejo = adminPolicy(cms({ backend: 'forgejo', api_root: 'https://kode.demakkab.go.id/api/v1' }));
    expect(directive(forgejo, 'connect-src')).toBe("connect-src 'self' blob: https://kode.demakkab.go.id http://127.0.0.1:*");
    expect(directive(adminPolicy(cms({ backend: 'gitlab' })), 'connect-src')).toBe("connect-src 'self' blob: https://gitlab.com http://127.0.0.1:*");
  });
});

describe('header policies', () => {
  it('content pages: no script at all, no inline style, frame-ancestors none', () => {
    expect(headerPolicy(PUBLIC_POLICY)).toBe(
      "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
  });

  it('search: WebAssembly but no eval, fetches and the worker from the portal only', () => {
    const header = headerPolicy(SEARCH_POLICY);
    expect(header).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(header).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
    expect(header).toContain("connect-src 'self'; worker-src 'self'");
  });

  it('docs/deploy.md shows exactly the nginx map of the sample configuration, with nosniff and a referrer policy', () => {
    const pemda = PemdaSchema.parse(parse(readFileSync(new URL('content/pemda.yaml', ROOT), 'utf8')));
    const docs = readFileSync(new URL('docs/deploy.md', ROOT), 'utf8').split('\n').map((line) => line.trim()).join('\n');
    expect(docs).toContain(nginxCspMap(pemda.cms).split('\n').map((line) => line.trim()).join('\n'));
    // The archive's Pagefind bundle runs its worker under the same header as the first bundle's.
    const workerRow = nginxCspMap(pemda.cms).split('\n').find((line) => line.includes("'wasm-unsafe-eval'") && !line.includes('worker-src'))!;
    expect(new RegExp(workerRow.trim().split(/\s+/)[0].slice(1)).test('/pagefind-arsip/pagefind-worker.js')).toBe(true);
    expect(docs).toContain('add_header Content-Security-Policy $ppid_csp always;');
    expect(docs).toContain('add_header X-Content-Type-Options nosniff always;');
    expect(docs).toContain('add_header Referrer-Policy strict-origin-when-cross-origin always;');
  });
});
