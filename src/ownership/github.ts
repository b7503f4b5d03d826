/**
 * GitHub attribution with patience: GitHub's activity record of a push can lag a few seconds behind the
 * `pull_request_target` event that started the workflow, so an incomplete answer is asked again before the
 * commits are refused. Any error (HTTP, malformed data, unreadable commit) makes every commit unattributable.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { fetchPushes, withEventPush, type ActivityRequest, type Push } from './activity.ts';
import { attributeCommits, type Attribution, type IsAncestor } from './attribution.ts';

export interface GitHubAttributionOptions {
  request: ActivityRequest;
  commits: string[];
  head: string;
  /** The push of a `synchronize` event, if the workflow was started by one (pushFromEvent). */
  event?: Push;
  isAncestor: IsAncestor;
  retries: number;
  delayMs: number;
  fetchImpl?: typeof fetch;
}

export async function githubAttributions(o: GitHubAttributionOptions): Promise<Attribution[]> {
  for (let attempt = 0; ; attempt++) {
    let attributions: Attribution[];
    try {
      const pushes = await fetchPushes(o.request, o.fetchImpl);
      attributions = attributeCommits(o.commits, withEventPush(pushes, o.event), o.head, o.isAncestor);
    } catch (error) {
      attributions = o.commits.map((commit) => ({ commit, error: (error as Error).message }));
    }
    if (attempt >= o.retries || attributions.every((a) => 'pusher' in a)) return attributions;
    await sleep(o.delayMs);
  }
}
