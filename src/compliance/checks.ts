/**
 * The content checks of one OPD as of the end of a week: mandatory berkala items (present, missing or
 * stale), mandatory setiap-saat items (present or missing), datasets (valid and fresh for their `frekuensi`), profile completeness and validation problems.
 *
 * "Last updated" is the declared `diperbarui`, capped by the last commit that touched the file: a typo fix
 * does not refresh information, and a future `diperbarui` does not make it fresh. Files that appear in the
 * history only after the week count as absent, so a report for a past week is the same whenever it is run.
 */
import type { ContentModel, Entry } from '../content/model.ts';
import { opdDir, opdOfPath } from '../content/paths.ts';
import { wibDateString } from '../lib/wib.ts';
import { FREKUENSI, type Dataset } from '../schemas/dataset.ts';
import type { Informasi } from '../schemas/informasi.ts';
import { RINCIAN, RINCIAN_CODES, type RincianCode } from '../schemas/rincian.ts';
import type { Problem } from '../validate/problem.ts';
import { existedBefore, lastChangeBefore, type Activity } from './activity.ts';
import { setiapSaatOf, type SetiapSaatCode } from '../schemas/setiap-saat.ts';
import { monthsBefore, wajibFor, wajibSetiapSaatFor, type Kepatuhan } from './policy.ts';
import type { BerkalaItem, DatasetItem, MasalahItem, ProfilItem, SetiapSaatItem } from './types.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Per-OPD lookups built once per report (the model holds every entry of the regency). */
export interface ContentIndex {
  informasi: Map<string, Entry<Informasi>[]>;
  datasets: Map<string, Entry<Dataset>>;
  /** OPD → paths of its dataset metadata files, valid or not. */
  datasetFiles: Map<string, string[]>;
  /** OPD → its validation problems. */
  problems: Map<string, Problem[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexContent(model: ContentModel, problems: Problem[]): ContentIndex {
  const index: ContentIndex = { informasi: new Map(), datasets: new Map(), datasetFiles: new Map(), problems: new Map() };
  for (const entry of model.informasi) push(index.informasi, entry.opd, entry);
  for (const entry of model.datasets) index.datasets.set(entry.path, entry);
  for (const file of model.tree.files) if (file.kind === 'dataset' && file.opd) push(index.datasetFiles, file.opd, file.path);
  for (const problem of problems) {
    const opd = opdOfPath(problem.file);
    if (opd) push(index.problems, opd, problem);
  }
  return index;
}

/** Effective last update: `diperbarui` capped by the last commit before `end` (and by `end` itself). */
export function effectiveUpdate(declared: Date, lastChange: number | undefined, end: number): number {
  return Math.min(declared.getTime(), lastChange ?? Infinity, end);
}

/** Published berkala information that is not an information entry: a page generated from other content. */
export interface BerkalaCandidate {
  rincian: RincianCode;
  judul: string;
  /** The content it is generated from (a file or a folder). */
  berkas: string;
  /** Effective last update (epoch ms). */
  updated: number;
  /** Site path of the generated page. */
  halaman: string;
}

/**
 * Status of every mandatory rincian for this OPD kind. `generated` are pages made from other content that publish a
 * rincian too (the register's statistics for rincian e, compliance/layanan.ts); the freshest source wins.
 */
export function checkBerkala(
  entries: Entry<Informasi>[], jenis: Parameters<typeof wajibFor>[0], kepatuhan: Kepatuhan, activity: Activity, end: number, generated: BerkalaCandidate[] = [],
): BerkalaItem[] {
  const staleBefore = monthsBefore(end, kepatuhan.basi_setelah_bulan);
  return wajibFor(jenis, kepatuhan, RINCIAN_CODES).map((code) => {
    const rincian = RINCIAN.find((r) => r.code === code)!;
    let best: { judul: string; berkas: string; updated: number; halaman?: string } | undefined;
    for (const entry of entries) {
      if (entry.data.kategori !== 'berkala' || entry.data.rincian !== code) continue;
      if (!existedBefore(activity, entry.path, end)) continue;
      const updated = effectiveUpdate(entry.data.diperbarui, lastChangeBefore(activity, [entry.path], end), end);
      if (!best || updated > best.updated) best = { judul: entry.data.judul, berkas: entry.path, updated };
    }
    for (const candidate of generated) if (candidate.rincian === code && (!best || candidate.updated > best.updated)) best = candidate;
    const base = { rincian: code, huruf: rincian.huruf, label: rincian.label };
    if (!best) return { ...base, status: 'tidak-ada', judul: null, berkas: null, diperbarui: null };
    return {
      ...base,
      status: best.updated < staleBefore ? 'basi' : 'ada',
      judul: best.judul,
      berkas: best.berkas,
      diperbarui: wibDateString(new Date(best.updated)),
      ...(best.halaman ? { halaman: best.halaman } : {}),
    };
  });
}

/** Another kind of content that is a setiap-saat item (e.g. the annual service report, compliance/layanan.ts). */
export interface SetiapSaatCandidate {
  kode: SetiapSaatCode;
  judul: string;
  berkas: string;
  updated: number;
  /** Site path of the candidate's page (it is not an information entry). */
  halaman: string;
}

/**
 * Status of every mandatory setiap-saat item for this OPD kind: an entry of `kategori: setiap-saat` with that code, or
 * an `extra` candidate, that existed at `end`. No staleness: UU 14/2008 Pasal 11 asks that the information be available, not republished.
 */
export function checkSetiapSaat(
  entries: Entry<Informasi>[], jenis: Parameters<typeof wajibSetiapSaatFor>[0], kepatuhan: Kepatuhan, activity: Activity, end: number,
  extra: SetiapSaatCandidate[] = [],
): SetiapSaatItem[] {
  return wajibSetiapSaatFor(jenis, kepatuhan).map((kode) => {
    const { label, dasar } = setiapSaatOf(kode);
    let best: { judul: string; berkas: string; updated: number; halaman?: string } | undefined = extra.filter((c) => c.kode === kode).sort((a, b) => b.updated - a.updated)[0];
    for (const entry of entries) {
      if (entry.data.kategori !== 'setiap-saat' || entry.data.setiap_saat !== kode) continue;
      if (!existedBefore(activity, entry.path, end)) continue;
      const updated = effectiveUpdate(entry.data.diperbarui, lastChangeBefore(activity, [entry.path], end), end);
      if (!best || updated > best.updated) best = { judul: entry.data.judul, berkas: entry.path, updated };
    }
    if (!best) return { kode, label, dasar, status: 'tidak-ada', judul: null, berkas: null, diperbarui: null };
    return {
      kode, label, dasar, status: 'ada', judul: best.judul, berkas: best.berkas, diperbarui: wibDateString(new Date(best.updated)),
      ...(best.halaman ? { halaman: best.halaman } : {}),
    };
  });
}

/** Every dataset of the OPD that existed at `end`: valid (schema and no errors) and fresh for its frequency. */
export function checkDatasets(paths: string[], index: ContentIndex, problems: Problem[], activity: Activity, end: number): DatasetItem[] {
  const errorFiles = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
  return paths
    .filter((path) => existedBefore(activity, path, end))
    .map((path) => {
      const csv = path.replace(/\.ya?ml$/, '.csv');
      const slug = path.slice(path.lastIndexOf('/') + 1).replace(/\.ya?ml$/, '');
      const entry = index.datasets.get(path);
      if (!entry) return { slug, judul: null, berkas: path, frekuensi: null, diperbarui: null, valid: false, mutakhir: false };
      const valid = !errorFiles.has(path) && !errorFiles.has(csv);
      const updated = effectiveUpdate(entry.data.diperbarui, lastChangeBefore(activity, [path, csv], end), end);
      const maxAgeDays = FREKUENSI[entry.data.frekuensi];
      return {
        slug,
        judul: entry.data.judul,
        berkas: path,
        frekuensi: entry.data.frekuensi,
        diperbarui: wibDateString(new Date(updated)),
        valid,
        mutakhir: valid && (end - updated) / DAY_MS <= maxAgeDays,
      };
    });
}

/** Profile completeness: the website indicators of the Komisi Informasi monev (domain.md §1). */
export function checkProfil(model: ContentModel, opd: string): { ada: boolean; butir: ProfilItem[] } {
  const entry = model.opds.get(opd);
  const ada = model.tree.sources.has(`${opdDir(opd)}/profil.md`);
  const d = entry?.data;
  const body = entry?.body ?? '';
  const butir: ProfilItem[] = [
    { kode: 'alamat', label: 'alamat kantor dengan kode pos', ok: !!d && d.alamat.length >= 10 && /^\d{5}$/.test(d.kode_pos) },
    { kode: 'kontak', label: 'telepon dan e-mail resmi', ok: !!d && d.telepon.length > 0 && !!d.email },
    { kode: 'pimpinan', label: 'profil pimpinan OPD', ok: !!d && !!d.kepala.nama && !!d.kepala.jabatan },
    { kode: 'struktur', label: 'pejabat struktural (dua tingkat struktur organisasi)', ok: !!d && d.pejabat.length >= 2 },
    { kode: 'ppid', label: 'PPID Pelaksana dengan telepon atau e-mail layanan', ok: !!d && !!(d.ppid_pelaksana.telepon || d.ppid_pelaksana.email) },
    { kode: 'tugas', label: 'uraian tugas dan fungsi', ok: !!d && /tugas/i.test(body) && /fungsi/i.test(body) && body.trim().length >= 100 },
  ];
  return { ada, butir };
}

/** Validation counts of the OPD; personal-data errors are counted apart because they force the score to 0. */
export function checkValidasi(problems: Problem[]): { kesalahan: number; peringatan: number; data_pribadi: number; masalah: MasalahItem[] } {
  const kesalahan = problems.filter((p) => p.severity === 'error').length;
  return {
    kesalahan,
    peringatan: problems.length - kesalahan,
    data_pribadi: problems.filter(isPersonalDataError).length,
    masalah: problems.map((p) => ({ berkas: p.file, baris: p.line, aturan: p.rule, tingkat: p.severity, pesan: p.message })),
  };
}

export function isPersonalDataError(p: Problem): boolean {
  return p.severity === 'error' && p.rule.startsWith('personal-data/');
}
