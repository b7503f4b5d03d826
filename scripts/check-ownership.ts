/**
 * Ownership check for a pull/merge request: every commit it adds must have been pushed by an account with
 * rights over every file that commit changes (src/ownership/, docs/keamanan.md). Rights are read from the
 * BASE revision, and CI runs the base branch's copy of this script, so a request cannot weaken the check.
 *
 *   GitHub:  node scripts/check-ownership.ts --base <sha> --head <sha> --github-repo <owner/name>
 *              --github-branch <branch> [--github-event "$GITHUB_EVENT_PATH"] [--retries 2] [--retry-delay-ms 10000]
 *            pushers from the activity API at $GITHUB_API_URL (token: $GITHUB_TOKEN) and the event's sender.
 *   GitLab:  node scripts/check-ownership.ts --base <sha> --head <sha> --pusher "$GITLAB_USER_LOGIN"
 *            one account (the user whose push started the pipeline) answers for every commit.
 *
 * Exit 0: all within rights; 1: violations (printed); 2: wrong usage.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pushFromEvent } from '../src/ownership/activity.ts';
import type { Attribution } from '../src/ownership/attribution.ts';
import { Git } from '../src/ownership/git.ts';
import { githubAttributions } from '../src/ownership/github.ts';
import { attributeAllTo, gitlinkViolations, judgeCommits } from '../src/ownership/judge.ts';
import { ownersFrom } from '../src/ownership/ownership.ts';
import { formatViolation, summary } from '../src/ownership/report.ts';

const usage = 'Pemakaian: node scripts/check-ownership.ts --base <ref> [--head <ref>] (--pusher <login> | --github-repo <pemilik/nama> --github-branch <cabang> [--github-event <berkas>])';
const options = {
  base: { type: 'string' },
  head: { type: 'string', default: 'HEAD' },
  pusher: { type: 'string' },
  'github-repo': { type: 'string' },
  'github-branch': { type: 'string' },
  'github-event': { type: 'string' },
  retries: { type: 'string', default: '2' },
  'retry-delay-ms': { type: 'string', default: '10000' },
} as const;

function args() {
  try {
    return parseArgs({ options }).values;
  } catch (error) {
    // Unknown options (e.g. the old `--author`, which trusted the pull request's opener) are refused.
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}
const values = args();
const githubMode = values['github-repo'] !== undefined || values['github-branch'] !== undefined;
if (!values.base || (values.pusher === undefined) === !githubMode || (githubMode && (!values['github-repo'] || !values['github-branch'])) || values.pusher === '') {
  console.error(usage);
  process.exit(2);
}

async function main(): Promise<number> {
  const git = new Git();
  const base = git.commit(values.base!);
  // A pull request's head given by SHA may not be fetched yet (the branch moved on): fetch it by SHA.
  if (/^[0-9a-f]{40}$/.test(values.head)) git.ensure(values.head);
  const head = git.commit(values.head);
  const { pemda, profiles } = git.rightsSources(base);
  const owners = ownersFrom(pemda, profiles);
  const changes = git.commitsBetween(base, head).map((sha) => git.change(sha));

  const github = (): Promise<Attribution[]> =>
    githubAttributions({
      request: { apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com', repo: values['github-repo']!, branch: values['github-branch']!, token: process.env.GITHUB_TOKEN },
      commits: changes.map((c) => c.sha),
      head,
      event: values['github-event'] ? pushFromEvent(JSON.parse(readFileSync(values['github-event'], 'utf8'))) : undefined,
      isAncestor: (a, b) => git.isAncestor(a, b),
      retries: Number(values.retries),
      delayMs: Number(values['retry-delay-ms']),
    });

  const attributions = values.pusher !== undefined ? attributeAllTo(changes, values.pusher) : await github();
  for (const a of attributions) console.log('pusher' in a ? `commit ${a.commit.slice(0, 10)}: didorong oleh ${a.pusher}` : `commit ${a.commit.slice(0, 10)}: pendorong tidak diketahui`);
  const violations = [...gitlinkViolations(git.gitlinks(head)), ...judgeCommits(changes, attributions, owners)];
  for (const v of violations) console.log(formatViolation(v, process.env.GITHUB_ACTIONS === 'true'));
  console.log(summary(violations, changes.length));
  return violations.length === 0 ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  // Fails closed: a check that cannot read the repository refuses rather than lets through.
  const message = `Pemeriksaan kepemilikan gagal: ${(error as Error).message.split('\n')[0]}`;
  console.log(process.env.GITHUB_ACTIONS === 'true' ? `::error::${message}` : message);
  process.exitCode = 1;
}
