/**
 * The weekly report model: every OPD checked and scored as of the end of one ISO week (WIB), the regency
 * totals, and the movement since the week before. Pure: the content model, validation problems and the
 * analysed history go in, the report (types.ts) comes out.
 */
import type { ContentModel } from '../content/model.ts';
import { wibIso, wibParts } from '../lib/wib.ts';
import { JenisOpdSchema, type JenisOpd } from '../schemas/rincian.ts';
import type { Problem } from '../validate/problem.ts';
import { uploadsIn, UPLOAD_KINDS, type Activity, type UploadCounts } from './activity.ts';
import { checkBerkala, checkDatasets, checkProfil, checkSetiapSaat, checkValidasi, indexContent, isPersonalDataError, type ContentIndex } from './checks.ts';
import { dikTodo } from './dik.ts';
import { checkIntegrasi, systemsByOpd } from './integrasi.ts';
import { annualReportAsSetiapSaat, evaluateLayanan, layananBlock, layananTodo, registerAsRincianE, type LayananEvaluation } from './layanan.ts';
import { KUALIFIKASI, kualifikasiOf, reportNote, roundScore, type Kepatuhan } from './policy.ts';
import { scoreOpd } from './score.ts';
import type { HarvestLogRecord } from '../harvest/log.ts';
import { failingSources } from './panen.ts';
import { penetapanTodo, penetapanWarning } from './penetapan.ts';
import { historyBeganInReportWeek, historyStartWarning } from './history-start.ts';
import { buildTodo } from './todo.ts';
import { REPORT_VERSION, type OpdReport, type Pembanding, type Sebaran, type WeeklyReport, type WeekTotals } from './types.ts';
import { weekEndMs, weekLabel, weekRange, weekStartMs } from './week.ts';

export interface ReportInput {
  model: ContentModel;
  problems: Problem[];
  activity: Activity;
  /** Week serial of the report (week.ts). */
  week: number;
  generatedAt: number;
  /** The archived report of the week before, when there is one (preferred over a reconstruction). */
  previous?: WeeklyReport | null;
  /** Extra warnings to print with the report (e.g. an incomplete week). */
  warnings?: string[];
  /** The harvest logs' entries (src/harvest/log.ts), for the list of failing sources. */
  harvest?: readonly HarvestLogRecord[];
}

interface Evaluation {
  model: ContentModel;
  index: ContentIndex;
  activity: Activity;
  kepatuhan: Kepatuhan;
  slugs: string[];
  /** OPD → its application inventory entries. */
  systems: ReturnType<typeof systemsByOpd>;
  /** The request registers as of the end of a week (`end`), memoized per week (compliance/layanan.ts). */
  layanan: (end: number) => LayananEvaluation;
}

/** Every OPD folder in the tree, with or without a valid profile. */
function opdSlugs(model: ContentModel): string[] {
  const slugs = new Set(model.opds.keys());
  for (const file of model.tree.files) if (file.opd) slugs.add(file.opd);
  return [...slugs].sort();
}

/** Name, short name and kind from the profile; the raw frontmatter or the slug when it is invalid. */
function identity(model: ContentModel, opd: string): { nama: string; singkatan: string; jenis: JenisOpd | null } {
  const entry = model.opds.get(opd);
  if (entry) return { nama: entry.data.nama, singkatan: entry.data.singkatan, jenis: entry.data.jenis };
  const raw = model.tree.sources.get(`content/opd/${opd}/profil.md`)?.data as Record<string, unknown> | undefined;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : opd);
  // A broken profile must not change which rincian apply: keep its kind when that value itself is valid.
  const jenis = JenisOpdSchema.safeParse(raw?.jenis);
  return { nama: text(raw?.nama), singkatan: text(raw?.singkatan), jenis: jenis.success ? jenis.data : null };
}

function emptyCounts(): UploadCounts {
  return { berita: 0, informasi: 0, data: 0, dokumen: 0, total: 0 };
}

/** Consecutive weeks up to `week` with at least `target` uploads. */
function streak(activity: Activity, opd: string, week: number, target: number): number {
  let count = 0;
  for (let w = week; w >= (activity.firstWeek ?? week); w--) {
    if (uploadsIn(activity, opd, w).total < target) break;
    count++;
  }
  return count;
}

function evaluateOpd(ev: Evaluation, opd: string, week: number): OpdReport {
  const { model, index, activity, kepatuhan } = ev;
  const end = weekEndMs(week);
  const target = kepatuhan.target_unggahan_per_minggu;
  const chartWeeks = weekRange(week, kepatuhan.minggu_riwayat);
  const history = chartWeeks.map((w) => uploadsIn(activity, opd, w).total);
  const firstWeek = activity.firstWeek !== undefined && activity.firstWeek <= week ? activity.firstWeek : week;
  const eligible = history.filter((_, i) => chartWeeks[i] >= firstWeek);

  const who = identity(model, opd);
  const problems = index.problems.get(opd) ?? [];
  const layanan = ev.layanan(end).perOpd.get(opd);
  const berkala = checkBerkala(index.informasi.get(opd) ?? [], who.jenis ?? undefined, kepatuhan, activity, end, registerAsRincianE(model, opd, activity, end));
  const setiapSaat = checkSetiapSaat(index.informasi.get(opd) ?? [], who.jenis ?? undefined, kepatuhan, activity, end, annualReportAsSetiapSaat(model, opd, activity, end));
  const dataset = checkDatasets(index.datasetFiles.get(opd) ?? [], index, problems, activity, end);
  const profil = checkProfil(model, opd);
  const validasi = checkValidasi(problems);
  const personal = problems.filter(isPersonalDataError);
  const integrasi = checkIntegrasi(ev.systems.get(opd) ?? [], activity, end);
  const { skor, komponen } = scoreOpd({ weeklyUploads: eligible, berkala, setiapSaat, dataset, profil: profil.butir, validasi, integrasi, layanan: layanan?.nilai ?? 1 }, kepatuhan, personal.length > 0);
  const unggahan = uploadsIn(activity, opd, week);
  const minggu = weekLabel(week);
  return {
    opd,
    ...who,
    skor,
    kualifikasi: kualifikasiOf(skor, kepatuhan.ambang),
    skor_nol: personal.length > 0
      ? `Data pribadi terdeteksi (${[...new Set(personal.map((p) => p.rule.replace('personal-data/', '').toUpperCase()))].join(', ')}) di ${[...new Set(personal.map((p) => p.file))].join(', ')}`
      : null,
    skor_sebelumnya: null,
    kualifikasi_sebelumnya: null,
    komponen,
    unggahan,
    riwayat_unggahan: history,
    beruntun: streak(activity, opd, week, target),
    berkala,
    setiap_saat: setiapSaat,
    dataset,
    profil,
    validasi,
    integrasi,
    todo: buildTodo({
      opd, tahun: wibParts(new Date(end - 1)).year, target, basiSetelahBulan: kepatuhan.basi_setelah_bulan, minggu,
      unggahan, berkala, setiapSaat, dataset, profil, masalah: validasi.masalah, layanan: layananTodo(opd, layanan),
      penetapan: penetapanTodo(model, opd, wibParts(new Date(end - 1)).year),
      dik: dikTodo(index.informasi.get(opd) ?? [], activity, end),
    }),
  };
}

function sebaranOf(opds: { kualifikasi: OpdReport['kualifikasi'] }[]): Sebaran {
  const sebaran = Object.fromEntries(KUALIFIKASI.map((k) => [k.code, 0])) as Sebaran;
  for (const o of opds) sebaran[o.kualifikasi]++;
  return sebaran;
}

const average = (scores: number[]) => (scores.length === 0 ? 0 : roundScore(scores.reduce((a, b) => a + b, 0) / scores.length));

function weekTotals(ev: Evaluation, week: number): WeekTotals {
  const target = ev.kepatuhan.target_unggahan_per_minggu;
  const totals = ev.slugs.map((opd) => uploadsIn(ev.activity, opd, week).total);
  return {
    minggu: weekLabel(week),
    unggahan: totals.reduce((a, b) => a + b, 0),
    opd_mengunggah: totals.filter((n) => n > 0).length,
    opd_memenuhi_target: totals.filter((n) => n >= target).length,
  };
}

/** The previous week from the archive when it matches, else recomputed with today's content and history. */
function previousWeek(
  ev: Evaluation, week: number, archived: WeeklyReport | null | undefined,
): { pembanding: Pembanding; opds: Map<string, Pick<OpdReport, 'skor' | 'kualifikasi'>> } {
  const label = weekLabel(week - 1);
  const fromArchive = archived && archived.versi === REPORT_VERSION && archived.minggu === label;
  const opds = fromArchive ? archived.opd : ev.slugs.map((opd) => evaluateOpd(ev, opd, week - 1));
  const map = new Map(opds.map((o) => [o.opd, { skor: o.skor, kualifikasi: o.kualifikasi }]));
  const totals = fromArchive ? archived.ringkasan : weekTotals(ev, week - 1);
  return {
    pembanding: {
      minggu: label,
      sumber: fromArchive ? 'arsip' : 'rekonstruksi',
      opd_mengunggah: totals.opd_mengunggah,
      opd_memenuhi_target: totals.opd_memenuhi_target,
      rata_rata_skor: average(opds.map((o) => o.skor)),
      sebaran: sebaranOf(opds),
    },
    opds: map,
  };
}

/** Builds the weekly report. */
export function buildReport(input: ReportInput): WeeklyReport {
  const { model, activity, week } = input;
  const kepatuhan = model.pemda.kepatuhan;
  const slugs = opdSlugs(model);
  const byWeekEnd = new Map<number, LayananEvaluation>();
  const layanan = (end: number) => byWeekEnd.get(end) ?? byWeekEnd.set(end, evaluateLayanan(model, activity, end, slugs)).get(end)!;
  const ev: Evaluation = { model, index: indexContent(model, input.problems), activity, kepatuhan, slugs, systems: systemsByOpd(model), layanan };
  const opds = ev.slugs.map((opd) => evaluateOpd(ev, opd, week));
  const previous = previousWeek(ev, week, input.previous);
  for (const o of opds) {
    const before = previous.opds.get(o.opd);
    o.skor_sebelumnya = before?.skor ?? null;
    o.kualifikasi_sebelumnya = before?.kualifikasi ?? null;
  }
  const unggahan = emptyCounts();
  for (const o of opds) for (const k of [...UPLOAD_KINDS, 'total'] as const) unggahan[k] += o.unggahan[k];
  const current = weekTotals(ev, week);
  const history = activity.history;
  const mulai = wibIso(new Date(weekStartMs(week)));
  const sampai = wibIso(new Date(weekEndMs(week)));
  const riwayat = {
    sumber: history.source,
    perkiraan: history.perkiraan,
    peringatan: [
      ...(history.warning ? [history.warning] : []),
      ...(input.warnings ?? []),
      // The DIP is adopted every year: a report week in a year without the regency's decree says so.
      ...[penetapanWarning(model, wibParts(new Date(weekEndMs(week) - 1)).year)].filter((w) => w !== undefined),
    ],
    commit: history.commits,
    mulai: history.source === 'git' && history.changes.length > 0 ? wibIso(new Date(history.changes[0].time)) : null,
  };
  if (historyBeganInReportWeek({ riwayat, mulai, sampai })) riwayat.peringatan.unshift(historyStartWarning(riwayat.mulai!));
  return {
    versi: REPORT_VERSION,
    catatan: reportNote(model.pemda.nama),
    minggu: weekLabel(week),
    mulai,
    sampai,
    dibuat: wibIso(new Date(input.generatedAt)),
    riwayat,
    kebijakan: {
      target_unggahan_per_minggu: kepatuhan.target_unggahan_per_minggu,
      minggu_riwayat: kepatuhan.minggu_riwayat,
      basi_setelah_bulan: kepatuhan.basi_setelah_bulan,
      bobot: { ...kepatuhan.bobot },
      ambang: { ...kepatuhan.ambang },
      label: { ...kepatuhan.label },
    },
    minggu_grafik: weekRange(week, kepatuhan.minggu_riwayat).map(weekLabel),
    ringkasan: {
      jumlah_opd: opds.length,
      opd_mengunggah: current.opd_mengunggah,
      opd_memenuhi_target: current.opd_memenuhi_target,
      unggahan,
      rata_rata_skor: average(opds.map((o) => o.skor)),
      sebaran: sebaranOf(opds),
      mingguan: weekRange(week, kepatuhan.minggu_riwayat).map((w) => weekTotals(ev, w)),
      pembanding: previous.pembanding,
    },
    opd: opds,
    panen_gagal: failingSources(input.harvest ?? []),
    // Only when some OPD keeps a register in the portal: an empty list would claim that nothing is late.
    ...layananBlock(layanan(weekEndMs(week))),
  };
}
