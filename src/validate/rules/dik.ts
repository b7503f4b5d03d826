/**
 * The Daftar Informasi yang Dikecualikan over time: an exemption is "ketat dan terbatas" (UU 14/2008 Pasal 2 ayat (2))
 * and lasts only for the period the consequence test set (`berlaku_hingga`). From the day after it, the entry is
 * reported until the PPID reviews it: a new test and decision extend it, else the information is published.
 * A warning, not an error: the review is the PPID's decision and must not block unrelated changes of the OPD.
 */
import { locate } from '../../content/locate.ts';
import { WibDateSchema } from '../../schemas/common.ts';
import { InformasiSchema } from '../../schemas/informasi.ts';
import { metaOf } from '../../schemas/introspect.ts';
import { pengecualianBerakhir } from '../../schemas/pengecualian.ts';
import { tanggalPanjang, wibDateString } from '../../lib/wib.ts';
import type { Rule } from '../rule.ts';
import { shown } from '../text.ts';

const label = (key: keyof typeof InformasiSchema.shape) => metaOf(InformasiSchema.shape[key]).title ?? key;

export const dik: Rule = {
  id: 'dik',
  description: 'Informasi dikecualikan yang jangka waktu pengecualiannya sudah berakhir',
  checks: [
    { id: 'dik/kedaluwarsa', severity: 'warning', description: 'Jangka waktu pengecualian (`berlaku_hingga`) sudah lewat: tinjau ulang, umumkan bila tidak diperpanjang' },
  ],
  check(ctx) {
    ctx.eachSource((source) => {
      if (source.kind !== 'informasi') return;
      const data = source.data as { kategori?: unknown; judul?: unknown; berlaku_hingga?: unknown } | undefined;
      if (data?.kategori !== 'dikecualikan') return;
      // A missing or malformed date is the schema's to report (frontmatter/schema, frontmatter/date-wib).
      const parsed = WibDateSchema.safeParse(data.berlaku_hingga);
      if (!parsed.success || !pengecualianBerakhir(parsed.data, ctx.today)) return;
      const cms = ctx.audience === 'cms';
      const hingga = tanggalPanjang(wibDateString(parsed.data));
      const judul = typeof data.judul === 'string' ? ` "${shown(data.judul, 80)}"` : '';
      const { line, column } = locate(source, ['berlaku_hingga']);
      ctx.report({
        file: source.path, line, column, rule: 'dik/kedaluwarsa',
        message: `${label('berlaku_hingga')}${cms ? '' : ' (`berlaku_hingga`)'}: pengecualian informasi${judul} berakhir ${hingga}; tinjau ulang dan umumkan sebagai informasi terbuka bila tidak diperpanjang`,
        hint: cms
          ? `Bila tetap dikecualikan, lakukan uji konsekuensi baru lalu perbarui ${label('berlaku_hingga')} dan Penetapan. Bila tidak, ubah Kategori menjadi informasi terbuka (misalnya setiap saat), kosongkan ${label('pengecualian')} dan tulis isinya.`
          : 'Bila tetap dikecualikan, lakukan uji konsekuensi baru lalu perbarui `berlaku_hingga` dan `pengecualian.penetapan` (nomor, tanggal, berkas). Bila tidak, ubah `kategori` menjadi informasi terbuka (misalnya `setiap-saat` dengan butir `setiap_saat` yang sesuai), hapus `pengecualian` dan `berlaku_hingga`, lalu tulis isinya.',
      });
    });
  },
};
