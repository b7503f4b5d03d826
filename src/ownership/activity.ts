/**
 * Who pushed what, as GitHub itself recorded it. The git author and committer of a commit are free text
 * that anyone with write access can set to any name or e-mail; what GitHub records about a push is not:
 *
 * - "List repository activities" (`GET /repos/{owner}/{repo}/activity`): every push, force push, branch
 *   creation and deletion of a ref, with `before`, `after`, `timestamp` and the `actor` who did it
 *   (https://docs.github.com/en/rest/repos/repos#list-repository-activities). It needs only "Contents: read".
 * - The `pull_request_target` event with action `synchronize` carries `before`, `after` and the `sender`,
 *   the account whose push moved the pull request's branch
 *   (https://docs.github.com/en/webhooks/webhook-events-and-payloads#pull_request). It is used to cover a
 *   push the activity list may not show yet when the workflow starts.
 *
 * Everything here is pure except `fetchPushes`, which takes `fetch` as a parameter so tests can serve the
 * API from 127.0.0.1. docs/keamanan.md explains the choice.
 */

/** One update of a branch: the ref went from `before` to `after` (null: the branch did not exist). */
export interface Push {
  before: string | null;
  after: string | null;
  /** GitHub login of the account that did it; null when GitHub does not name one (deleted account). */
  actor: string | null;
  /** ISO time, and GitHub's id, to order pushes; the event push has none and counts as the newest. */
  timestamp: string;
  id: number;
  /** `activity` (the REST list) or `event` (the workflow's own event payload). */
  source: 'activity' | 'event';
}

const ZERO = /^0{40}$/;
const SHA = /^[0-9a-f]{40}$/;

function sha(value: unknown): string | null {
  if (value === null || value === undefined || (typeof value === 'string' && ZERO.test(value))) return null;
  if (typeof value !== 'string' || !SHA.test(value)) throw new Error(`SHA tidak sah dalam data GitHub: ${JSON.stringify(value)}`);
  return value;
}

/** `refs/heads/<branch>` for a branch name (the activity API answers with full refs). */
export const branchRef = (branch: string) => (branch.startsWith('refs/') ? branch : `refs/heads/${branch}`);

/**
 * Parses one page of the activity API for one ref. Throws on anything that is not the documented shape:
 * a check that guesses on malformed data could be talked into attributing a commit to the wrong account.
 */
export function parseActivities(json: unknown, ref: string): Push[] {
  if (!Array.isArray(json)) throw new Error('Jawaban API aktivitas GitHub bukan daftar.');
  const pushes: Push[] = [];
  for (const item of json as Record<string, unknown>[]) {
    // Filtered by `ref` in the request already; checked again so that a proxy or a changed API cannot mix
    // in another branch's pushes.
    if (item?.ref !== ref) continue;
    const actor = item.actor as { login?: unknown } | null | undefined;
    pushes.push({
      before: sha(item.before),
      after: sha(item.after),
      actor: typeof actor?.login === 'string' && actor.login !== '' ? actor.login : null,
      timestamp: String(item.timestamp ?? ''),
      id: Number(item.id ?? 0),
      source: 'activity',
    });
  }
  return pushes;
}

/** The push described by a `pull_request(_target)` `synchronize` event, or undefined for other actions. */
export function pushFromEvent(event: unknown): Push | undefined {
  const e = event as { action?: unknown; before?: unknown; after?: unknown; sender?: { login?: unknown } } | undefined;
  if (e?.action !== 'synchronize') return undefined;
  const login = e.sender?.login;
  return { before: sha(e.before), after: sha(e.after), actor: typeof login === 'string' && login !== '' ? login : null, timestamp: '', id: Number.MAX_SAFE_INTEGER, source: 'event' };
}

/** Newest first: by time, then by GitHub's id; the event push (no time) is the newest. */
export function newestFirst(pushes: Push[]): Push[] {
  const key = (p: Push) => (p.source === 'event' ? '\uffff' : p.timestamp);
  return [...pushes].sort((a, b) => (key(a) === key(b) ? b.id - a.id : key(a) < key(b) ? 1 : -1));
}

/** Adds the event's push unless the activity list already has it (same before and after). */
export function withEventPush(pushes: Push[], event: Push | undefined): Push[] {
  if (!event || pushes.some((p) => p.before === event.before && p.after === event.after)) return pushes;
  return [...pushes, event];
}

/** The `rel="next"` URL of a `Link` header (RFC 8288), as GitHub paginates with cursors. */
export function nextPage(link: string | null): string | undefined {
  for (const part of (link ?? '').split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return undefined;
}

export interface ActivityRequest {
  /** `GITHUB_API_URL`, e.g. https://api.github.com or http://127.0.0.1:port in tests. */
  apiUrl: string;
  /** owner/name of the repository that holds the branch (the fork, for a pull request from a fork). */
  repo: string;
  branch: string;
  token?: string;
  /** Safety stop: a pull request branch never has this many pushes; a loop in `Link` headers must end. */
  maxPages?: number;
}

/** Every push to one branch, following the `Link` pagination. Throws on any HTTP or data error. */
export async function fetchPushes(req: ActivityRequest, fetchImpl: typeof fetch = fetch): Promise<Push[]> {
  const ref = branchRef(req.branch);
  const base = req.apiUrl.replace(/\/+$/, '');
  let url: string | undefined = `${base}/repos/${req.repo}/activity?${new URLSearchParams({ ref, per_page: '100' })}`;
  const pushes: Push[] = [];
  for (let page = 0; url; page++) {
    if (page >= (req.maxPages ?? 50)) throw new Error('Terlalu banyak halaman aktivitas GitHub.');
    // Only ever send the token to the configured API host, whatever a Link header says.
    if (new URL(url).origin !== new URL(base).origin) throw new Error(`Tautan halaman berikut menuju host lain: ${url}`);
    const res = await fetchImpl(url, {
      headers: {
        Accept: 'application/vnd.github+json',
        'X-GitHub-Api-Version': '2022-11-28',
        ...(req.token ? { Authorization: `Bearer ${req.token}` } : {}),
      },
    });
    if (!res.ok) throw new Error(`API aktivitas GitHub menjawab ${res.status} ${res.statusText} untuk ${url}`);
    pushes.push(...parseActivities(await res.json(), ref));
    url = nextPage(res.headers.get('link'));
  }
  return pushes;
}
