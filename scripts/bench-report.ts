/**
 * `node scripts/bench-report.ts [--dir /tmp/ppid-bench] [--runs 5] [--commits 10000] [--fresh]`
 * Builds a synthetic regency repository (42 OPDs, 5 years, 10,000 commits incl. PR merge commits, renames
 * and deletions) with `git fast-import`, then times `npm run report` on it in separate processes and
 * prints the median. Target (issue 4): under 10 s.
 */
import { benchReport } from '../src/bench/report-bench.ts';

benchReport().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exitCode = 2;
});
