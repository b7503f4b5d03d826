/** Attributing commits to pushes, and the verdict, as pure functions over a small fake commit graph. */
import { describe, expect, it } from 'vitest';
import { nextPage, fetchPushes, parseActivities, pushFromEvent, withEventPush, type Push } from '../../src/ownership/activity.ts';
import { attributeCommits } from '../../src/ownership/attribution.ts';
import { judgeCommits } from '../../src/ownership/judge.ts';
import { ownersFrom } from '../../src/ownership/ownership.ts';

const sha = (c: string) => c.repeat(40);
// A linear history a ← b ← c ← d (parents to the left).
const order = ['a', 'b', 'c', 'd'].map(sha);
const isAncestor = (x: string, y: string) => {
  if (!order.includes(y)) throw new Error(`commit ${y.slice(0, 10)} tidak tersedia`);
  return order.indexOf(x) <= order.indexOf(y);
};
let clock = 0;
const push = (before: string | null, after: string | null, actor: string | null): Push => ({ before, after, actor, timestamp: `2026-11-20T00:00:${String(clock++).padStart(2, '0')}Z`, id: clock, source: 'activity' });

describe('attributeCommits', () => {
  it('gives each commit to the push that brought it in', () => {
    const pushes = [push(null, sha('b'), 'dinkes'), push(sha('b'), sha('d'), 'bpbd')];
    expect(attributeCommits([sha('b'), sha('c'), sha('d')], pushes, sha('d'), isAncestor)).toEqual([
      { commit: sha('b'), pusher: 'dinkes' },
      { commit: sha('c'), pusher: 'bpbd' },
      { commit: sha('d'), pusher: 'bpbd' },
    ]);
  });

  it('orders pushes by time, not by the order the API returned them', () => {
    const pushes = [push(null, sha('b'), 'dinkes'), push(sha('b'), sha('c'), 'bpbd')].reverse();
    expect(attributeCommits([sha('b')], pushes, sha('c'), isAncestor)).toEqual([{ commit: sha('b'), pusher: 'dinkes' }]);
  });

  it('fails closed: no push made the head, a gap in the chain, no actor, an unreadable state', () => {
    expect(attributeCommits([sha('b')], [push(null, sha('b'), 'dinkes')], sha('c'), isAncestor)[0]).toHaveProperty('error');
    const gap = attributeCommits([sha('b')], [push(null, sha('a'), 'dinkes'), push(sha('c'), sha('d'), 'dinkes')], sha('d'), isAncestor);
    expect(gap[0]).toMatchObject({ error: expect.stringContaining('riwayat cabang terputus') });
    expect(attributeCommits([sha('b')], [push(null, sha('b'), null)], sha('b'), isAncestor)[0]).toMatchObject({ error: expect.stringContaining('tidak mencatat akun') });
    const lost = attributeCommits([sha('b')], [push(sha('e'), sha('b'), 'dinkes')], sha('b'), isAncestor);
    expect(lost[0]).toMatchObject({ error: expect.stringContaining('tidak tersedia') });
  });

  it("adds a synchronize event's push (the sender) only when the record lacks it", () => {
    const event = pushFromEvent({ action: 'synchronize', before: sha('b'), after: sha('c'), sender: { login: 'bpbd' } });
    expect(event).toMatchObject({ before: sha('b'), after: sha('c'), actor: 'bpbd', source: 'event' });
    expect(pushFromEvent({ action: 'opened', sender: { login: 'x' } })).toBeUndefined();
    const recorded = [push(null, sha('b'), 'dinkes')];
    const pushes = withEventPush(recorded, event);
    expect(attributeCommits([sha('c')], pushes, sha('c'), isAncestor)).toEqual([{ commit: sha('c'), pusher: 'bpbd' }]);
    expect(withEventPush([...pushes], event)).toHaveLength(2);
  });
});

describe('activity API data', () => {
  it('parses only the requested ref, all-zero SHAs as "no branch", and refuses malformed data', () => {
    const json = [
      { id: 2, before: sha('b'), after: sha('c'), ref: 'refs/heads/x', timestamp: 't2', activity_type: 'push', actor: { login: 'bpbd' } },
      { id: 1, before: '0'.repeat(40), after: sha('b'), ref: 'refs/heads/x', timestamp: 't1', activity_type: 'branch_creation', actor: null },
      { id: 3, before: sha('a'), after: sha('d'), ref: 'refs/heads/lain', timestamp: 't3', activity_type: 'push', actor: { login: 'z' } },
    ];
    expect(parseActivities(json, 'refs/heads/x').map((p) => [p.before, p.actor])).toEqual([[sha('b'), 'bpbd'], [null, null]]);
    expect(() => parseActivities({ message: 'Bad credentials' }, 'refs/heads/x')).toThrow();
    expect(() => parseActivities([{ ...json[0], after: 'HEAD' }], 'refs/heads/x')).toThrow('SHA tidak sah');
  });

  it('follows rel="next" and never sends the token to another host', async () => {
    expect(nextPage('<https://api.github.com/x?after=1>; rel="next", <https://api.github.com/x>; rel="prev"')).toBe('https://api.github.com/x?after=1');
    expect(nextPage(null)).toBeUndefined();
    const calls: string[] = [];
    const fake = (async (url: string) => {
      calls.push(url);
      return new Response('[]', { headers: { link: '<https://jahat.example/curi>; rel="next"' } });
    }) as unknown as typeof fetch;
    await expect(fetchPushes({ apiUrl: 'http://127.0.0.1:9', repo: 'o/r', branch: 'cms/a', token: 't' }, fake)).rejects.toThrow('host lain');
    expect(calls).toEqual(['http://127.0.0.1:9/repos/o/r/activity?ref=refs%2Fheads%2Fcms%2Fa&per_page=100']);
  });
});

describe('judgeCommits', () => {
  const owners = ownersFrom('admin: [admin]\n', new Map([['dinkes', '---\neditor: [dinkes]\n---\n']]));
  it('refuses an unattributable commit naming the commit and its files', () => {
    const v = judgeCommits([{ sha: sha('b'), files: ['content/opd/dinkes/a.md', 'content/opd/dinkes/b.md'], editorChanges: [] }], [{ commit: sha('b'), error: 'x' }], owners);
    expect(v.map((x) => x.file)).toEqual(['content/opd/dinkes/a.md', 'content/opd/dinkes/b.md']);
    expect(v[0].message).toContain(`commit ${sha('b').slice(0, 10)} tidak dapat dikaitkan`);
    expect(v[0].message).toContain('content/opd/dinkes/a.md, content/opd/dinkes/b.md');
  });
  it('refuses a rewrite of a frozen DIP archive by its OPD\'s editor, not by an admin', () => {
    const file = 'content/opd/dinkes/arsip/dip-2026.json';
    const change = [{ sha: sha('d'), files: [file], editorChanges: [], archiveRewrites: [file] }];
    const v = judgeCommits(change, [{ commit: sha('d'), pusher: 'dinkes' }], owners);
    expect(v.map((x) => x.file)).toEqual([file]);
    expect(v[0].message).toContain('arsip DIP yang sudah dibekukan');
    expect(judgeCommits(change, [{ commit: sha('d'), pusher: 'ADMIN' }], owners)).toEqual([]);
    // Adding the archive (npm run dip:tetapkan) is the OPD's own change.
    expect(judgeCommits([{ ...change[0], archiveRewrites: [] }], [{ commit: sha('d'), pusher: 'dinkes' }], owners)).toEqual([]);
  });

  it('refuses an editor-list change by an editor, not by an admin', () => {
    const change = [{ sha: sha('c'), files: ['content/opd/dinkes/profil.md'], editorChanges: ['content/opd/dinkes/profil.md'] }];
    expect(judgeCommits(change, [{ commit: sha('c'), pusher: 'dinkes' }], owners)).toHaveLength(1);
    expect(judgeCommits(change, [{ commit: sha('c'), pusher: 'ADMIN' }], owners)).toEqual([]);
  });
});
