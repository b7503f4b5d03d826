/**
 * Relations between files: every OPD folder has a profile, dataset metadata and CSV come in pairs,
 * `rincian` codes exist, a kecamatan's kode wilayah exists, `dikecualikan` entries carry no content.
 */
import { locate } from '../../content/source.ts';
import { RINCIAN, RINCIAN_CODES } from '../../schemas/rincian.ts';
import type { Rule } from '../rule.ts';

export const crossFile: Rule = {
  id: 'cross-file',
  description: 'Hubungan antarberkas: profil OPD, pasangan metadata-CSV, kode rincian, informasi dikecualikan',
  checks: [
    { id: 'cross-file/opd-profile', severity: 'error', description: 'Folder OPD tanpa profil.md' },
    { id: 'cross-file/dataset-pair', severity: 'error', description: 'Metadata dataset tanpa CSV atau CSV tanpa metadata' },
    { id: 'cross-file/rincian', severity: 'error', description: 'Kode rincian informasi berkala tidak dikenal' },
    { id: 'cross-file/kode-wilayah', severity: 'error', description: 'Kode wilayah kecamatan tidak terdaftar' },
    { id: 'cross-file/dikecualikan-content', severity: 'error', description: 'Informasi dikecualikan memuat isi' },
  ],
  check(ctx) {
    const paths = new Set(ctx.tree.files.map((f) => f.path));
    const opds = new Set(ctx.tree.files.flatMap((f) => (f.opd ? [f.opd] : [])));
    for (const opd of opds) {
      const profile = `content/opd/${opd}/profil.md`;
      if (!paths.has(profile)) {
        ctx.report({
          file: profile, line: 1, rule: 'cross-file/opd-profile',
          message: `folder OPD "${opd}" tidak memiliki profil.md`,
          hint: 'Buat profil.md (nama, singkatan, jenis, alamat, kode_pos, telepon, email, kepala, pejabat, ppid_pelaksana); tanpa profil, konten OPD ini tidak diterbitkan.',
        });
      }
    }
    for (const file of ctx.tree.files) {
      if (file.kind === 'dataset' && !paths.has(file.path.replace(/\.ya?ml$/, '.csv'))) {
        ctx.report({ file: file.path, line: 1, rule: 'cross-file/dataset-pair', message: 'metadata dataset ini tidak punya berkas CSV', hint: `Unggah datanya sebagai ${file.path.replace(/\.ya?ml$/, '.csv')} (nama sama, ekstensi .csv).` });
      }
      if (file.kind === 'dataset-csv' && !paths.has(file.path.replace(/\.csv$/, '.yaml')) && !paths.has(file.path.replace(/\.csv$/, '.yml'))) {
        ctx.report({ file: file.path, line: 1, rule: 'cross-file/dataset-pair', message: 'berkas CSV ini tidak punya metadata', hint: `Buat ${file.path.replace(/\.csv$/, '.yaml')} berisi judul, deskripsi, frekuensi dan kamus kolom (kolom) agar data bisa diterbitkan.` });
      }
    }
    for (const source of ctx.tree.sources.values()) {
      const data = source.data as Record<string, unknown> | undefined;
      if (!data || typeof data !== 'object') continue;
      if (source.kind === 'informasi') {
        if (typeof data.rincian === 'string' && !(RINCIAN_CODES as string[]).includes(data.rincian)) {
          const { line, column } = locate(source, ['rincian']);
          ctx.report({
            file: source.path, line, column, rule: 'cross-file/rincian',
            message: `kode rincian "${data.rincian}" tidak dikenal`,
            hint: `Pilih salah satu: ${RINCIAN.map((r) => `${r.code} (${r.huruf}. ${r.label})`).join('; ')}.`,
          });
        }
        if (data.kategori === 'dikecualikan' && source.body.trim() !== '') {
          ctx.report({
            file: source.path, line: source.bodyLine + (/^\s*\n/.exec(source.body)?.[0].split('\n').length ?? 1) - 1, rule: 'cross-file/dikecualikan-content',
            message: 'informasi dikecualikan tidak boleh memuat isi',
            hint: 'Hapus seluruh teks di bawah frontmatter; DIK hanya mencantumkan judul, dasar hukum, uji konsekuensi dan jangka waktu (UU 14/2008 Pasal 17).',
          });
        }
      }
      if (source.kind === 'profil' && typeof data.kode_wilayah === 'string' && /^33\.21/.test(data.kode_wilayah) && !ctx.wilayah.has(data.kode_wilayah)) {
        const { line, column } = locate(source, ['kode_wilayah']);
        ctx.report({ file: source.path, line, column, rule: 'cross-file/kode-wilayah', message: `kode wilayah "${data.kode_wilayah}" tidak terdaftar`, hint: 'Pakai kode kecamatan dari src/data/wilayah-demak.csv, misalnya 33.21.01 untuk Mranggen.' });
      }
    }
  },
};
