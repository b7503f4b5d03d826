/**
 * Writes the corpus history into one `git fast-import` stream: the initial import (code, pemda.yaml, halaman,
 * profiles), then one commit per planned event in time order, each by its OPD's editor at the event's time.
 */
import { wibDateString } from '../lib/wib.ts';
import type { FastImport, FileOp, Person } from '../compliance/fast-import.ts';
import { datasetPaths, makeDataset, renderCsv, renderYaml, type Dataset } from './dataset.ts';
import { makeInfo, refreshInfo, renderInfo, type Info } from './dip.ts';
import { correctNews, makeNews, newsFileName, type News } from './news.ts';
import type { OpdInfo, Wilayah } from './opds.ts';
import { START, type PlannedEvent } from './plan.ts';
import type { Rng } from './random.ts';

export interface KeptGroup {
  opd: OpdInfo;
  time: number;
  files: [string, Uint8Array][];
}

export interface HistoryInput {
  rng: Rng;
  wilayah: Wilayah;
  events: PlannedEvent[];
  /** Files of the first commit (everything but generated and kept OPD content). */
  base: [string, Uint8Array][];
  /** The repository's own OPD documents, committed per OPD at their date. */
  kept: KeptGroup[];
  /** PDFs per OPD that DIP entries may attach. */
  pdfs: Map<string, string[]>;
}

export interface HistoryStats {
  commits: number;
  events: Record<string, number>;
  kategori: Record<string, number>;
  contentBytes: number;
}

export const ADMIN: Person = { name: 'admin-dinkominfo', email: 'admin-dinkominfo@contoh.demakkab.go.id' };

const perOpd = <T>(map: Map<string, T>, opd: string, make: () => T): T => {
  let value = map.get(opd);
  if (value === undefined) map.set(opd, (value = make()));
  return value;
};

export async function writeHistory(importer: FastImport, input: HistoryInput): Promise<HistoryStats> {
  const { rng, wilayah } = input;
  const stats: HistoryStats = { commits: 0, events: {}, kategori: {}, contentBytes: 0 };
  const news: News[] = [];
  const infos: Info[] = [];
  const datasets: Dataset[] = [];
  const titles = new Map<string, Set<string>>();
  const names = new Map<string, Set<string>>();
  const infoSlugs = new Map<string, Set<string>>();
  const dataSlugs = new Map<string, Set<string>>();

  const commit = async (time: number, author: Person, message: string, ops: FileOp[]) => {
    for (const op of ops) if (op.op === 'write') stats.contentBytes += typeof op.content === 'string' ? Buffer.byteLength(op.content) : op.content.length;
    await importer.commit({ time, author, message, ops });
    stats.commits++;
  };
  await commit(START - 86_400_000 + 9 * 3_600_000, ADMIN, 'Portal PPID: kode, konfigurasi, profil OPD dan halaman (korpus uji beban)', input.base.map(([path, content]) => ({ op: 'write', path, content })));

  type Step = PlannedEvent | (KeptGroup & { kind: 'kept' });
  const steps: Step[] = [...input.events, ...input.kept.map((k) => ({ ...k, kind: 'kept' as const }))].sort((a, b) => a.time - b.time);
  for (const e of steps) {
    const slug = e.opd.slug;
    stats.events[e.kind] = (stats.events[e.kind] ?? 0) + 1;
    const datasetOps = (d: Dataset): FileOp[] => [
      { op: 'write', path: datasetPaths(d).yaml, content: renderYaml(d) },
      { op: 'write', path: datasetPaths(d).csv, content: renderCsv(d, wilayah, rng) },
    ];
    let message: string;
    let ops: FileOp[];
    switch (e.kind) {
      case 'kept':
        [message, ops] = [`${slug}: unggah dokumen ${e.files[0][0].split('/').at(-1)}`, e.files.map(([path, content]) => ({ op: 'write', path, content }))];
        break;
      case 'news': {
        const n = makeNews(rng, e.opd, wilayah, e.time, perOpd(titles, slug, () => new Set()), perOpd(names, slug, () => new Set()));
        news.push(n);
        [message, ops] = [`${slug}: tambah berita “${n.judul}”`, [{ op: 'write', path: n.path, content: n.text }]];
        break;
      }
      case 'info': {
        const info = makeInfo(rng, e.opd, wilayah, e.time, perOpd(infoSlugs, slug, () => new Set()), input.pdfs.get(slug) ?? []);
        infos.push(info);
        stats.kategori[info.kategori] = (stats.kategori[info.kategori] ?? 0) + 1;
        [message, ops] = [`${slug}: tambah informasi ${info.kategori}`, [{ op: 'write', path: info.path, content: renderInfo(info) }]];
        break;
      }
      case 'data': {
        const d = makeDataset(rng, e.opd, e.time, perOpd(dataSlugs, slug, () => new Set()));
        datasets.push(d);
        [message, ops] = [`${slug}: tambah dataset ${d.slug}`, datasetOps(d)];
        break;
      }
      case 'info-refresh': {
        const info = infos[e.target!];
        [message, ops] = [`${slug}: perbarui informasi`, [{ op: 'write', path: info.path, content: refreshInfo(info, e.time) }]];
        break;
      }
      case 'data-refresh': {
        const d = datasets[e.target!];
        d.diperbarui = e.time;
        [message, ops] = [`${slug}: mutakhirkan dataset ${d.slug}`, datasetOps(d)];
        break;
      }
      case 'news-correction': {
        const n = news[e.target!];
        [message, ops] = [`${slug}: ralat berita`, [{ op: 'write', path: n.path, content: correctNews(rng, n, e.time) }]];
        break;
      }
      case 'news-rename': {
        // Editors shorten a long file name; the date prefix stays (it must equal `tanggal`).
        const n = news[e.target!];
        const date = n.path.split('/').at(-1)!.slice(0, 10);
        const short = newsFileName(date, n.judul.split(' ').slice(0, 4).join(' '), perOpd(names, slug, () => new Set()));
        const path = `content/opd/${slug}/berita/${short}.md`;
        [message, ops] = [`${slug}: ganti nama berkas berita`, [{ op: 'rename', from: n.path, path }]];
        n.path = path;
        break;
      }
    }
    await commit(e.time, e.opd.editor, message, ops);
  }
  return stats;
}

/** The first WIB date of the history and the last, for the summary line. */
export function historySpan(events: PlannedEvent[]): string {
  return `${wibDateString(new Date(events[0]?.time ?? START))} s.d. ${wibDateString(new Date(events.at(-1)?.time ?? START))}`;
}
