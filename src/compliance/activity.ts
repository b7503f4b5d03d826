/**
 * What the history means for compliance: uploads per OPD per week, and per file when it appeared and when
 * its content last changed. Rules (docs/kepatuhan.md):
 * - an upload is an entry (news item, information item, dataset, document) added or changed in a week;
 *   several commits to the same entry in one week count once, a dataset's YAML and CSV are one entry, and a
 *   document's metadata (`x.md`) and file (`x.pdf`) are one entry;
 * - a deletion is not an upload; a rename counts for the OPD of the new path, except a pure rename inside
 *   the same OPD (similarity 100), which publishes nothing new;
 * - `profil.md` changes are not uploads (the weekly target is about published content).
 */
import { classifyPath } from '../content/paths.ts';
import { typeOfFile, UPLOAD_SECTIONS, type UploadSection } from '../content/types/index.ts';
import type { FileChange, History } from './history.ts';
import { weekSerialOf } from './week.ts';

/** What counts as an upload comes from the content-type registry (`upload: true`). */
export const UPLOAD_KINDS = UPLOAD_SECTIONS;
export type UploadKind = UploadSection;

export type UploadCounts = Record<UploadKind, number> & { total: number };

/** Upload kind and entry key of a content path, or null when changes to it are not uploads. */
export function uploadEntryOf(path: string): { opd: string; kind: UploadKind; key: string } | null {
  const info = classifyPath(path);
  if (!info.opd) return null;
  const type = typeOfFile(info.kind);
  if (!type?.upload) return null;
  const kind = type.section;
  // The key drops the extension so that companion files (yaml+csv, md+pdf) form one entry.
  const inFolder = path.split('/').slice(4).join('/');
  const key = `${kind}:${inFolder.replace(/\.[^./]+$/, '')}`;
  return { opd: info.opd, kind, key };
}

function opdOf(path: string): string | undefined {
  return classifyPath(path).opd;
}

/** True when the change publishes something (see the module comment). */
export function isUpload(change: FileChange): boolean {
  if (change.status === 'D') return false;
  if (change.status === 'R' && change.similarity === 100 && change.from && opdOf(change.from) === opdOf(change.path)) return false;
  return true;
}

/** When a file now in the tree appeared and when its content changed (renames carried over). */
export interface FileTimeline {
  first: number;
  /** Content change times, ascending (the addition included). */
  changes: number[];
}

export interface Activity {
  /** OPD → week serial → upload kind → entry keys. */
  uploads: Map<string, Map<number, Map<UploadKind, Set<string>>>>;
  /** Path → timeline, for paths that exist at the end of the history. */
  files: Map<string, FileTimeline>;
  /** Week serial of the first change in the history (undefined when empty). */
  firstWeek?: number;
  history: History;
}

function addUpload(activity: Activity, change: FileChange): void {
  const entry = uploadEntryOf(change.path);
  if (!entry) return;
  const week = weekSerialOf(change.time);
  let byWeek = activity.uploads.get(entry.opd);
  if (!byWeek) activity.uploads.set(entry.opd, (byWeek = new Map()));
  let byKind = byWeek.get(week);
  if (!byKind) byWeek.set(week, (byKind = new Map()));
  let keys = byKind.get(entry.kind);
  if (!keys) byKind.set(entry.kind, (keys = new Set()));
  keys.add(entry.key);
}

function touch(files: Map<string, FileTimeline>, path: string, time: number): void {
  const timeline = files.get(path);
  if (timeline) timeline.changes.push(time);
  else files.set(path, { first: time, changes: [time] });
}

/** Replays the history once (oldest first) into uploads and file timelines. */
export function analyseHistory(history: History): Activity {
  const activity: Activity = { uploads: new Map(), files: new Map(), history };
  const { files } = activity;
  for (const change of history.changes) {
    activity.firstWeek ??= weekSerialOf(change.time);
    if (isUpload(change)) addUpload(activity, change);
    if (change.status === 'D') {
      files.delete(change.path);
    } else if (change.status === 'R' && change.from) {
      const old = files.get(change.from);
      files.delete(change.from);
      if (old && change.similarity === 100) files.set(change.path, old);
      else if (old) files.set(change.path, { first: old.first, changes: [...old.changes, change.time] });
      else touch(files, change.path, change.time);
    } else {
      touch(files, change.path, change.time);
    }
  }
  return activity;
}

/** Upload counts of an OPD in one week. */
export function uploadsIn(activity: Activity, opd: string, week: number): UploadCounts {
  const byKind = activity.uploads.get(opd)?.get(week);
  const counts = { total: 0 } as UploadCounts;
  for (const kind of UPLOAD_KINDS) {
    counts[kind] = byKind?.get(kind)?.size ?? 0;
    counts.total += counts[kind];
  }
  return counts;
}

/** True when the file existed before `beforeMs` (always true without git: file dates say nothing about creation). */
export function existedBefore(activity: Activity, path: string, beforeMs: number): boolean {
  if (activity.history.source !== 'git') return true;
  const timeline = activity.files.get(path);
  return timeline !== undefined && timeline.first < beforeMs;
}

/** Latest recorded content change of any of `paths` before `beforeMs`, or undefined. */
export function lastChangeBefore(activity: Activity, paths: string[], beforeMs: number): number | undefined {
  let latest: number | undefined;
  for (const path of paths) {
    const changes = activity.files.get(path)?.changes ?? [];
    for (let i = changes.length - 1; i >= 0; i--) {
      if (changes[i] < beforeMs) {
        if (latest === undefined || changes[i] > latest) latest = changes[i];
        break;
      }
    }
  }
  return latest;
}
