/**
 * What the harvest account (`panen.akun` in content/pemda.yaml, docs/panen.md) may change, commit by commit:
 * - the harvest log of an OPD, `content/opd/<opd>/panen.yaml`;
 * - the CSV of a dataset whose YAML declares a `sumber` in every parent of the commit;
 * - that YAML itself, only when the one top-level `diperbarui` line changed, to a date, and nothing else did.
 * Nothing else, not even other OPD files, and no deletion. Pure over a reader of file texts; fail-closed: a file
 * that cannot be read or parsed is not harvestable. Self-contained (source.ts, paths.ts): CI runs a copy.
 */
import { classifyPath } from '../content/paths.ts';
import { parseSource } from '../content/source.ts';

/** Text of `path` at revision `rev`, undefined when it does not exist there. */
export type ReadAt = (rev: string, path: string) => string | undefined;

const LOG = /^content\/opd\/[^/]+\/panen\.yaml$/;
const DATA = /^(content\/opd\/[^/]+\/data\/[^/]+)\.(csv|yaml|yml)$/;
const DIPERBARUI_LINE = /^diperbarui:[^\n]*$/gm;
/** The only value the harvest writes: a date, in any quoting, maybe a comment after it. */
const DATE_LINE = /^diperbarui: *(["']?)\d{4}-\d{2}-\d{2}\1 *(#[^\n]*)?\r?$/;

/** True when a dataset YAML declares a harvest source: a `sumber` map with a `url`. */
export function declaresSource(path: string, text: string | undefined): boolean {
  if (text === undefined) return false;
  const data = parseSource(classifyPath(path), text).data as { sumber?: { url?: unknown } } | undefined;
  return !!data && typeof data.sumber === 'object' && data.sumber !== null && typeof data.sumber.url === 'string';
}

/** True when two texts of a dataset YAML differ at most in their one top-level `diperbarui` line, now a date. */
export function onlyDiperbaruiChanged(before: string, after: string): boolean {
  const lines = after.match(DIPERBARUI_LINE);
  if (before.match(DIPERBARUI_LINE)?.length !== 1 || lines?.length !== 1 || !DATE_LINE.test(lines[0])) return false;
  return before.replace(DIPERBARUI_LINE, 'diperbarui:') === after.replace(DIPERBARUI_LINE, 'diperbarui:');
}

/** The paths among `files` (changed by commit `sha` with these parents) that the harvest account may change. */
export function harvestablePaths(files: string[], sha: string, parents: string[], read: ReadAt): string[] {
  return files.filter((path) => {
    const match = DATA.exec(path);
    // Only these paths are ever read: the check runs on every commit of every pull request.
    if ((!match && !LOG.test(path)) || parents.length === 0) return false;
    const now = read(sha, path);
    if (now === undefined) return false;
    if (!match) return true;
    const [, stem, ext] = match;
    if (ext === 'csv') return parents.every((p) => declaresSource(`${stem}.yaml`, read(p, `${stem}.yaml`)) || declaresSource(`${stem}.yml`, read(p, `${stem}.yml`)));
    return parents.every((p) => {
      const before = read(p, path);
      return before !== undefined && declaresSource(path, before) && onlyDiperbaruiChanged(before, now);
    });
  });
}
