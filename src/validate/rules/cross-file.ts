/**
 * Relations between files: every OPD folder has a profile, dataset metadata and CSV come in pairs,
 * `rincian` and `setiap_saat` codes exist, a kecamatan's kode wilayah exists, `dikecualikan` entries carry no content.
 */
import { locate } from '../../content/locate.ts';
import { RINCIAN, RINCIAN_CODES } from '../../schemas/rincian.ts';
import { SETIAP_SAAT, SETIAP_SAAT_CODES } from '../../schemas/setiap-saat.ts';
import type { Rule } from '../rule.ts';
import { shown } from '../text.ts';

const PEMDA = 'content/pemda.yaml';

export const crossFile: Rule = {
  id: 'cross-file',
  description: 'Hubungan antarberkas: profil OPD, pasangan metadata-CSV, kode rincian, informasi dikecualikan',
  checks: [
    { id: 'cross-file/opd-profile', severity: 'error', description: 'Folder OPD tanpa profil.md' },
    { id: 'cross-file/dataset-pair', severity: 'error', description: 'Metadata dataset tanpa CSV atau CSV tanpa metadata' },
    { id: 'cross-file/rincian', severity: 'error', description: 'Kode rincian informasi berkala tidak dikenal' },
    { id: 'cross-file/setiap-saat', severity: 'error', description: 'Kode jenis informasi setiap saat (`setiap_saat`) tidak dikenal' },
    { id: 'cross-file/kode-wilayah', severity: 'error', description: 'Kode wilayah kecamatan tidak terdaftar' },
    { id: 'cross-file/dikecualikan-content', severity: 'error', description: 'Informasi dikecualikan memuat isi' },
    { id: 'cross-file/pemda-missing', severity: 'error', description: 'Berkas content/pemda.yaml (identitas dan batas portal) tidak ada' },
  ],
  async check(ctx) {
    const paths = new Set(ctx.tree.files.map((f) => f.path));
    // Without it every limit is a default and the site cannot be built; a symlink or an oversized file is
    // reported as such by the files rule (the path exists), an invalid one by the frontmatter rules.
    if (!paths.has(PEMDA)) {
      ctx.report({
        file: PEMDA, line: 1, rule: 'cross-file/pemda-missing',
        message: 'berkas content/pemda.yaml tidak ada',
        hint: 'Kembalikan content/pemda.yaml (nama, singkatan, kode_wilayah, situs, alamat, kode_pos, telepon, email, ppid_utama); tanpa berkas ini portal tidak dapat dibangun. Lihat docs/content.md.',
      });
    }
    const opds = new Set(ctx.tree.files.flatMap((f) => (f.opd ? [f.opd] : [])));
    for (const opd of opds) {
      const profile = `content/opd/${opd}/profil.md`;
      if (!paths.has(profile)) {
        ctx.report({
          file: profile, line: 1, rule: 'cross-file/opd-profile',
          message: `folder OPD "${shown(opd)}" tidak memiliki profil.md`,
          hint: 'Buat profil.md (nama, singkatan, jenis, alamat, kode_pos, telepon, email, kepala, pejabat, ppid_pelaksana); tanpa profil, konten OPD ini tidak diterbitkan.',
        });
      }
    }
    await ctx.eachFile((file) => {
      if (file.kind === 'dataset' && !paths.has(file.path.replace(/\.ya?ml$/, '.csv'))) {
        ctx.report({ file: file.path, line: 1, rule: 'cross-file/dataset-pair', message: 'metadata dataset ini tidak punya berkas CSV', hint: `Unggah datanya sebagai ${file.path.replace(/\.ya?ml$/, '.csv')} (nama sama, ekstensi .csv).` });
      }
      if (file.kind === 'dataset-csv' && !paths.has(file.path.replace(/\.csv$/, '.yaml')) && !paths.has(file.path.replace(/\.csv$/, '.yml'))) {
        ctx.report({ file: file.path, line: 1, rule: 'cross-file/dataset-pair', message: 'berkas CSV ini tidak punya metadata', hint: `Buat ${file.path.replace(/\.csv$/, '.yaml')} berisi judul, deskripsi, frekuensi dan kamus kolom (kolom) agar data bisa diterbitkan.` });
      }
    });
    ctx.eachSource((source) => {
      const data = source.data as Record<string, unknown> | undefined;
      if (!data || typeof data !== 'object') return;
      if (source.kind === 'informasi') {
        if (typeof data.rincian === 'string' && !(RINCIAN_CODES as string[]).includes(data.rincian)) {
          const { line, column } = locate(source, ['rincian']);
          ctx.report({
            file: source.path, line, column, rule: 'cross-file/rincian',
            message: `kode rincian "${shown(data.rincian)}" tidak dikenal`,
            hint: `Pilih salah satu: ${RINCIAN.map((r) => `${r.code} (${r.huruf}. ${r.label})`).join('; ')}.`,
          });
        }
        if (typeof data.setiap_saat === 'string' && !(SETIAP_SAAT_CODES as string[]).includes(data.setiap_saat)) {
          const { line, column } = locate(source, ['setiap_saat']);
          ctx.report({
            file: source.path, line, column, rule: 'cross-file/setiap-saat',
            message: `kode informasi setiap saat "${shown(data.setiap_saat)}" tidak dikenal`,
            hint: `Pilih salah satu: ${SETIAP_SAAT.map((s) => `${s.code} (${s.label})`).join('; ')}.`,
          });
        }
        if (data.kategori === 'dikecualikan' && source.body.trim() !== '') {
          ctx.report({
            file: source.path, line: source.bodyLine + (/^\s*\n/.exec(source.body)?.[0].split('\n').length ?? 1) - 1, rule: 'cross-file/dikecualikan-content',
            message: 'informasi dikecualikan tidak boleh memuat isi',
            hint: 'Hapus seluruh teks di bawah frontmatter; DIK hanya mencantumkan judul, uji konsekuensi (`pengecualian`) dan jangka waktu (UU 14/2008 Pasal 17 dan 19).',
          });
        }
      }
      if (source.kind === 'profil' && typeof data.kode_wilayah === 'string' && /^33\.21/.test(data.kode_wilayah) && !ctx.wilayah.has(data.kode_wilayah)) {
        const { line, column } = locate(source, ['kode_wilayah']);
        ctx.report({ file: source.path, line, column, rule: 'cross-file/kode-wilayah', message: `kode wilayah "${shown(data.kode_wilayah)}" tidak terdaftar`, hint: 'Pakai kode kecamatan dari src/data/wilayah-demak.csv, misalnya 33.21.01 untuk Mranggen.' });
      }
    });
  },
};
