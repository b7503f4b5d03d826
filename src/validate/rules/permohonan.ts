/**
 * The request registers (`content/opd/<opd>/permohonan/`, docs/layanan.md). The repository is public, so no field may
 * identify a requester (UU 27/2022 PDP): names after an honorific or a `nama:` label, house addresses, telephone
 * numbers and e-mail addresses are errors in every text field (personal-data/pemohon.ts; NIK and NPWP are found by the
 * personal-data rule over the same text, and the strict schema leaves no other key to put them in). Then each entry
 * must hold together (src/layanan/periksa.ts), and a number is used once per OPD. A scoped run reads the OPD's whole
 * register (scoped.ts), so duplicates are found there too. The annual report text is named after its year.
 */
import { metaOf } from '../../schemas/introspect.ts';
import { locate } from '../../content/locate.ts';
import type { SourceFile } from '../../content/source.ts';
import { kalenderKerja } from '../../layanan/hari-kerja.ts';
import { periksaPermohonan } from '../../layanan/periksa.ts';
import { DEFAULT_FORMAT_NOMOR } from '../../schemas/layanan.ts';
import { PermohonanSchema } from '../../schemas/permohonan.ts';
import { findDataPemohonIn, LABEL_DATA_PEMOHON, samarkan, type DataPemohon } from '../personal-data/pemohon.ts';
import type { Rule } from '../rule.ts';
import type { RuleContext } from '../context.ts';
import { listed } from '../text.ts';

/** The Indonesian label of a key path (`Informasi yang diminta (\`informasi\`)`). */
function labelOf(path: (string | number)[]): string {
  const top = PermohonanSchema.shape[path[0] as keyof typeof PermohonanSchema.shape];
  const title = top ? metaOf(top).title : undefined;
  return `${title ?? 'Isian'} (\`${path.join('.')}\`)`;
}

const CHECK: Record<DataPemohon, string> = { nama: 'personal-data/nama-pemohon', alamat: 'personal-data/alamat-pemohon', kontak: 'personal-data/kontak-pemohon' };

function scanRequester(ctx: RuleContext, source: SourceFile): void {
  for (const { path, temuan } of findDataPemohonIn(source.data)) {
    const { line, column } = locate(source, path);
    ctx.report({
      file: source.path, line, column, rule: CHECK[temuan.jenis],
      message: `${labelOf(path)} memuat ${LABEL_DATA_PEMOHON[temuan.jenis]} ("${samarkan(temuan.text)}"): register permohonan bersifat publik`,
      hint: 'Hapus identitas pemohon. Register hanya mencatat kategori pemohon (perorangan, badan-hukum, kelompok) dan ringkasan informasi yang diminta; data pemohon disimpan di arsip layanan PPID, bukan di portal (UU 27/2022 tentang Pelindungan Data Pribadi).',
    });
  }
}

export const permohonan: Rule = {
  id: 'permohonan',
  description: 'Register permohonan: tanpa identitas pemohon, nomor sesuai format dan unik, tanggal dan status yang konsisten',
  checks: [
    { id: 'personal-data/nama-pemohon', severity: 'error', description: 'Nama orang (setelah sapaan Bapak/Ibu/Sdr. atau label `nama:`) di register permohonan' },
    { id: 'personal-data/alamat-pemohon', severity: 'error', description: 'Alamat rumah (jalan dengan nomor, RT/RW) di register permohonan' },
    { id: 'personal-data/kontak-pemohon', severity: 'error', description: 'Nomor telepon atau alamat e-mail di register permohonan' },
    { id: 'permohonan/nomor-format', severity: 'error', description: 'Nomor register tidak mengikuti `layanan.format_nomor` pemda.yaml atau bulan/tahunnya bukan saat diterima' },
    { id: 'permohonan/nama-berkas', severity: 'error', description: 'Nama berkas register bukan nomor registernya (huruf kecil, tanda hubung)' },
    { id: 'permohonan/nomor-ganda', severity: 'error', description: 'Nomor register yang sama dipakai dua berkas dalam satu OPD' },
    { id: 'permohonan/tanggal', severity: 'error', description: 'Tanggal jawaban, perpanjangan atau keberatan tidak berurutan' },
    { id: 'permohonan/status-jawaban', severity: 'error', description: 'Status tidak sesuai jawaban: dijawab tanpa tanggal atau bentuk jawaban, dialihkan tanpa tujuan' },
    { id: 'permohonan/dasar-penolakan', severity: 'error', description: 'Permohonan ditolak tanpa dasar (UU 14/2008 Pasal 17 atau tidak dikuasai), atau dasar tanpa penolakan' },
    { id: 'permohonan/perpanjangan', severity: 'error', description: 'Status diperpanjang tanpa tanggal dan alasan perpanjangan' },
    { id: 'permohonan/keberatan', severity: 'error', description: 'Keberatan ditanggapi tanpa hasil, atau hasil tanpa tanggal tanggapan' },
    { id: 'permohonan/laporan-tahun', severity: 'error', description: 'Laporan layanan tidak bernama `laporan-<tahun>.md` sesuai isian `tahun`' },
  ],
  async check(ctx) {
    const format = ctx.pemda?.layanan.format_nomor ?? DEFAULT_FORMAT_NOMOR;
    const kalender = kalenderKerja(ctx.pemda?.layanan.libur ?? {});
    ctx.eachSource((source) => {
      if (source.kind === 'laporan-layanan') {
        const tahun = (source.data as { tahun?: unknown } | undefined)?.tahun;
        if (typeof tahun !== 'number' || source.slug === `laporan-${tahun}`) return;
        const { line, column } = locate(source, ['tahun']);
        ctx.report({ file: source.path, line, column, rule: 'permohonan/laporan-tahun', message: `Laporan tahun ${tahun} tersimpan sebagai "${source.slug}.md"`, hint: `Simpan sebagai \`layanan/laporan-${tahun}.md\` (satu laporan per tahun), atau perbaiki \`tahun\`.` });
        return;
      }
      if (source.kind !== 'permohonan' || !source.opd) return;
      scanRequester(ctx, source);
      const parsed = PermohonanSchema.safeParse(source.data);
      // A schema-invalid entry is reported by frontmatter/schema; its consistency is judged once it parses.
      if (!parsed.success) return;
      for (const t of periksaPermohonan(parsed.data, source.opd, source.slug, format, kalender)) {
        const { line, column } = locate(source, t.path);
        ctx.report({ file: source.path, line, column, rule: t.check, message: t.message, hint: t.hint });
      }
    });
    await reportDuplicates(ctx);
  },
};

/**
 * One number, one file per OPD: the tracking page and the statistics are keyed by it. Every register file is read
 * (eachFile 'all', so a file that cannot be read costs only itself), the checked ones are reported.
 */
async function reportDuplicates(ctx: RuleContext): Promise<void> {
  const byNumber = new Map<string, SourceFile[]>();
  await ctx.eachFile((file) => {
    const source = file.kind === 'permohonan' ? ctx.tree.sources.get(file.path) : undefined;
    const nomor = (source?.data as { nomor?: unknown } | undefined)?.nomor;
    if (!source || typeof nomor !== 'string') return;
    const key = `${source.opd}\n${nomor}`;
    byNumber.set(key, [...(byNumber.get(key) ?? []), source]);
  }, 'all');
  for (const [key, sources] of byNumber) {
    if (sources.length < 2) continue;
    const nomor = key.split('\n')[1];
    for (const source of sources) {
      if (!ctx.checked(source.path)) continue;
      const others = sources.filter((s) => s !== source).map((s) => s.path);
      const { line, column } = locate(source, ['nomor']);
      ctx.report({ file: source.path, line, column, rule: 'permohonan/nomor-ganda', message: `Nomor register "${nomor}" juga dipakai di ${listed(others)}`, hint: 'Setiap permohonan mendapat nomor urut sendiri: beri nomor berikutnya yang belum dipakai dan ganti nama berkasnya.' });
    }
  }
}
