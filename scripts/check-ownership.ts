/**
 * `node scripts/check-ownership.ts --base <ref> [--head <ref>] --author <login>`: fails (exit 1) when a pull
 * request changes anything outside the author's own OPD folder. Rights are read from the BASE branch, and
 * the ownership workflow runs this script from the base branch too, so a pull request cannot weaken it.
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { checkOwnership, ownersFrom } from '../src/ownership/ownership.ts';

const { values } = parseArgs({ options: { base: { type: 'string' }, head: { type: 'string', default: 'HEAD' }, author: { type: 'string' } } });
if (!values.base || !values.author) {
  console.error('Pemakaian: node scripts/check-ownership.ts --base <ref> [--head <ref>] --author <login>');
  process.exit(2);
}
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
// Every changed path (code and workflows too); renames count for both the old and the new path.
const changed = git('diff', '--no-renames', '--name-only', `${values.base}...${values.head}`).split('\n').filter(Boolean);
const profiles = new Map<string, string>();
for (const path of git('ls-tree', '-r', '--name-only', values.base, '--', 'content/opd/').split('\n')) {
  const m = /^content\/opd\/([^/]+)\/profil\.md$/.exec(path);
  if (m) profiles.set(m[1], git('show', `${values.base}:${path}`));
}
const owners = ownersFrom(git('show', `${values.base}:content/pemda.yaml`), profiles);
const violations = checkOwnership(changed, values.author, owners);
for (const v of violations) {
  console.log(process.env.GITHUB_ACTIONS === 'true' ? `::error file=${v.file}::${v.message}%0A${v.hint}` : `${v.file}  error  ${v.message}\n    → ${v.hint}`);
}
console.log(violations.length === 0 ? `✓ ${changed.length} berkas berubah, semuanya dalam hak ${values.author}.` : `${violations.length} berkas di luar hak ${values.author}.`);
process.exitCode = violations.length === 0 ? 0 : 1;
