/**
 * "Sumber panen gagal" in the weekly report: the dataset sources whose latest automatic harvest failed, read from
 * each OPD's harvest log (src/harvest/log.ts), oldest failure first, so Dinkominfo follows up with the system's
 * owner. It is the state when the report is made, not a weekly count; the data shown on the site stays the last
 * good data meanwhile.
 */
import type { HarvestLogRecord } from '../harvest/log.ts';
import type { PanenGagalItem } from './types.ts';

/** The failing entries of the harvest logs, as report items. */
export function failingSources(records: readonly HarvestLogRecord[]): PanenGagalItem[] {
  return records
    .filter((r) => r.status === 'gagal')
    .map((r) => ({
      opd: r.opd,
      dataset: r.dataset,
      berkas: `content/opd/${r.opd}/data/${r.dataset}.yaml`,
      gagal_sejak: r.gagal_sejak ?? null,
      berhasil_terakhir: r.berhasil ?? null,
      alasan: r.alasan ?? '',
    }))
    .sort((a, b) => (a.gagal_sejak ?? '').localeCompare(b.gagal_sejak ?? '') || a.berkas.localeCompare(b.berkas));
}

/** `2026-11-20 06:05 WIB` from a WIB ISO time; `–` without one. */
const wibText = (iso: string | null) => (iso ? `${iso.slice(0, 16).replace('T', ' ')} WIB` : '–');

/** The Markdown section (nothing when no source fails); `escape` is the summary's own escaping of content text. */
export function panenGagalMarkdown(items: readonly PanenGagalItem[], escape: (text: string) => string): string[] {
  if (items.length === 0) return [];
  return [
    '## Sumber panen gagal',
    '',
    `${items.length} sumber data gagal dipanen otomatis (log: \`content/opd/<opd>/panen.yaml\`); halaman dataset tetap menampilkan data terakhir yang berhasil diambil.`,
    '',
    '| OPD | Dataset | Gagal sejak | Terakhir berhasil | Alasan |',
    '|---|---|---|---|---|',
    ...items.map((i) => `| ${escape(i.opd)} | \`${escape(i.dataset)}\` | ${wibText(i.gagal_sejak)} | ${wibText(i.berhasil_terakhir)} | ${escape(i.alasan)} |`),
    '',
  ];
}
