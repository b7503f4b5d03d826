/**
 * Which account put a commit on a branch. The branch's pushes form a chain S0 → S1 → … → head, each push
 * recorded with the account that made it (activity.ts). A commit C of the pull request is "put there" by the
 * push that made C part of the branch for the last time: walking back from the push that produced `head`,
 * the first push whose `before` does not already contain C. Whoever made that push must have rights over
 * everything C changes, whoever the commit claims as author.
 *
 * Fails closed: when the chain has a gap (a push missing from the record, the branch rewritten outside the
 * record), when no push produced `head`, or when GitHub names no account, the commit is unattributable and
 * the check refuses it.
 */
import { newestFirst, type Push } from './activity.ts';

export type Attribution = { commit: string; pusher: string } | { commit: string; error: string };

/** `ancestor` is an ancestor of (or equal to) `descendant`; may throw when a commit cannot be read. */
export type IsAncestor = (ancestor: string, descendant: string) => boolean;

const short = (sha: string) => sha.slice(0, 10);

/** Attributes each commit (all commits of the pull request, i.e. reachable from `head` but not from the base). */
export function attributeCommits(commits: string[], pushes: Push[], head: string, isAncestor: IsAncestor): Attribution[] {
  const chain = newestFirst(pushes);
  const start = chain.findIndex((p) => p.after === head);
  return commits.map((commit) => {
    if (start < 0) {
      return { commit, error: `tidak ada push tercatat yang menghasilkan ujung cabang ${short(head)} (catatan aktivitas GitHub belum memuatnya, atau cabang berasal dari repositori lain)` };
    }
    try {
      return walk(commit, chain, start, isAncestor);
    } catch (error) {
      return { commit, error: `riwayat push tidak dapat dibaca: ${(error as Error).message}` };
    }
  });
}

function walk(commit: string, chain: Push[], start: number, isAncestor: IsAncestor): Attribution {
  // Invariant: `commit` is part of chain[i].after.
  for (let i = start; ; i++) {
    const push = chain[i];
    if (push.before === null || !isAncestor(commit, push.before)) {
      return push.actor ? { commit, pusher: push.actor } : { commit, error: `GitHub tidak mencatat akun yang melakukan push ${short(push.after ?? '')}` };
    }
    // The commit was already there before this push: the push before it must have produced `before`.
    const previous = chain[i + 1];
    if (!previous || previous.after !== push.before) {
      return { commit, error: `push yang memasukkan commit ini tidak tercatat (riwayat cabang terputus sebelum ${short(push.before)})` };
    }
  }
}
