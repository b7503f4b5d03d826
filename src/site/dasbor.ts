/**
 * The model of /dasbor/: each indicator of content/indikator.yaml with its dataset, its value and change (indikator.ts)
 * and the words that go with them, so that the page only lays them out.
 */
import { historyBeganInReportWeek } from '../compliance/history-start.ts';
import type { WeeklyReport } from '../compliance/types.ts';
import type { Entry, OpdEntry } from '../content/model.ts';
import { t } from '../i18n/id.ts';
import type { Dataset, IndikatorItem } from '../schemas/index.ts';
import { formatCompact, formatValue } from './charts/format.ts';
import { readDatasetData } from './dataset-view.ts';
import { assess, computeIndicator, trendOf, type Assessment, type IndicatorResult, type Trend } from './indikator.ts';
import type { SiteModel } from './model.ts';

export interface IndicatorCard {
  item: IndikatorItem;
  entry?: Entry<Dataset>;
  opd?: OpdEntry;
  result: IndicatorResult;
  /** The value as shown (headlineNumber). */
  shown?: string;
  trend?: Trend;
  assessment?: Assessment;
  /** "Naik 12 (4,1%) dari September 2026" */
  change?: string;
}

/** ` (12,5%)`: the change as a share of the previous value; nothing when that was zero. */
function percent(current: number, previous: number): string {
  if (previous === 0) return '';
  return ` (${formatValue(Math.round(((current - previous) / Math.abs(previous)) * 1000) / 10)}%)`;
}

/** A headline number: compact from ten million (`467,7 M`), whole from a thousand, else with up to two decimals. */
export function headlineNumber(value: number): string {
  const size = Math.abs(value);
  if (size >= 10_000_000) return formatCompact(value);
  return formatValue(size >= 1000 ? Math.round(value) : value);
}

/** The words of a change: direction, size, share and the period compared with. */
export function changeText(current: number, previous: number, previousLabel: string, satuan: string): string {
  const trend = trendOf(current, previous);
  if (trend === 'tetap') return t('dasbor.nilaiTetap', { periode: previousLabel });
  const selisih = `${formatCompact(Math.abs(current - previous))} ${satuan}`;
  return t(trend === 'naik' ? 'dasbor.nilaiNaik' : 'dasbor.nilaiTurun', { selisih, persen: percent(current, previous), periode: previousLabel });
}

/** Every indicator of the site, computed (the datasets' CSVs are read once each). */
export async function dashboardCards(site: SiteModel): Promise<IndicatorCard[]> {
  const items = site.indikator[0]?.data.indikator ?? [];
  const byRef = new Map(site.datasets.map((e) => [`${e.opd}/${e.slug}`, e]));
  const rows = new Map<string, Awaited<ReturnType<typeof readDatasetData>>>();
  const cards: IndicatorCard[] = [];
  for (const item of items) {
    const entry = byRef.get(item.dataset);
    if (!entry) {
      cards.push({ item, result: { history: [] } });
      continue;
    }
    if (!rows.has(item.dataset)) rows.set(item.dataset, await readDatasetData(site.tree, entry));
    const data = rows.get(item.dataset);
    const result = data ? computeIndicator(entry.data, data.rows, item) : { history: [] };
    const card: IndicatorCard = { item, entry, opd: site.opds.get(entry.opd), result };
    const { current, previous } = result;
    if (current) card.shown = headlineNumber(current.value);
    if (current && previous) {
      card.trend = trendOf(current.value, previous.value);
      card.assessment = assess(card.trend, item.arah_baik);
      card.change = changeText(current.value, previous.value, previous.label, item.satuan);
    }
    cards.push(card);
  }
  return cards;
}

/**
 * The compliance card: OPDs meeting the upload target and the sentence around it. When the git history began inside
 * the report week, the uploads are the whole initial content and say nothing (history-start.ts): the card then gives
 * no upload figure, as /kepatuhan/ does.
 */
export function complianceSummary(report: WeeklyReport): { figure: string; text: string } {
  const s = report.ringkasan;
  const skor = formatValue(Math.round(s.rata_rata_skor * 10) / 10);
  if (historyBeganInReportWeek(report)) return { figure: '–', text: t('dasbor.kepatuhanBelumDinilai', { skor }) };
  const text = t('dasbor.kepatuhan', { mengunggah: s.opd_mengunggah, jumlah: s.jumlah_opd, memenuhi: s.opd_memenuhi_target, skor });
  return { figure: `${s.opd_memenuhi_target} / ${s.jumlah_opd}`, text: report.riwayat.perkiraan ? `${text} ${t('dasbor.kepatuhanPerkiraan')}` : text };
}

/** "Kabupaten Demak" from "Pemerintah Kabupaten Demak": the place, for "… dalam angka". */
export function regionName(pemdaNama: string): string {
  return pemdaNama.replace(/^Pemerintah\s+/i, '');
}
