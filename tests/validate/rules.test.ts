/**
 * Every rule has a failing scenario with its expected rule id, file and line, and the valid fixture passes
 * them all. Scenarios are the valid fixture (tests/fixtures/valid) with one file changed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brief, OPD, problemsOf, VALID_FIXTURE } from './scenario.ts';

const fixture = (path: string) => readFileSync(`${VALID_FIXTURE}${path}`, 'utf8');
const BERITA = `${OPD}/berita/2026-11-20-rapat-koordinasi.md`;
const INFO = `${OPD}/informasi/laporan-keuangan-2025.md`;
const DIK = `${OPD}/informasi/data-pribadi-pegawai.md`;
const CSV = `${OPD}/data/jumlah-sekolah.csv`;
const META = `${OPD}/data/jumlah-sekolah.yaml`;

const news = (frontmatter: string, body = 'Isi berita yang cukup panjang.') => `---\n${frontmatter}\n---\n\n${body}\n`;
const NEWS_FM = 'judul: Rapat Koordinasi Layanan Informasi\ntanggal: 2026-11-20 09:30\nringkasan: Ringkasan berita rapat koordinasi layanan.';

describe('valid fixture', () => {
  it('has no problems at all (official WhatsApp, NIP, BOM, decimal commas, relative links are fine)', async () => {
    expect(await problemsOf({})).toEqual([]);
  });
});

describe('frontmatter', () => {
  it('reports YAML syntax errors at their line', async () => {
    const problems = await problemsOf({ [BERITA]: news(`${NEWS_FM}\ntag: [ppid\nfoo: bar`) });
    expect(brief(problems)).toContainEqual({ rule: 'frontmatter/yaml-syntax', file: BERITA, line: 6, severity: 'error' });
  });

  it('maps a missing required key and a wrong enum value to lines', async () => {
    const text = fixture(INFO).replace('ringkasan: Laporan realisasi anggaran dan neraca Dinas Contoh tahun 2025.\n', '').replace('bentuk: softcopy-hardcopy', 'bentuk: digital');
    const problems = await problemsOf({ [INFO]: text });
    const missing = problems.find((p) => p.message.includes('`ringkasan` wajib diisi'));
    // A missing key is reported at the start of the frontmatter.
    expect(missing).toMatchObject({ rule: 'frontmatter/schema', file: INFO, line: 1 });
    expect(problems.find((p) => p.message.includes('bentuk'))).toMatchObject({ rule: 'frontmatter/schema', line: 9, hint: expect.stringContaining('`softcopy`') });
  });

  it('reports unknown keys at the key', async () => {
    const problems = await problemsOf({ [BERITA]: news(`${NEWS_FM}\npenulis: Humas`) });
    expect(brief(problems)).toEqual([{ rule: 'frontmatter/unknown-key', file: BERITA, line: 5, severity: 'error' }]);
    expect(problems[0].message).toContain('`penulis`');
  });

  it('refuses dates in other time zones and impossible dates', async () => {
    const problems = await problemsOf({
      [BERITA]: news(NEWS_FM.replace('2026-11-20 09:30', '2026-11-20T09:30:00+08:00')),
      [INFO]: fixture(INFO).replace('diperbarui: 2026-09-01', 'diperbarui: 2026-02-30'),
    });
    expect(brief(problems)).toEqual([
      { rule: 'frontmatter/date-wib', file: BERITA, line: 3, severity: 'error' },
      { rule: 'frontmatter/date-wib', file: INFO, line: 12, severity: 'error' },
    ]);
    expect(problems[0].message).toContain('WIB');
  });

  it('checks file names: slug characters and the news date prefix equal to tanggal', async () => {
    const problems = await problemsOf({
      [BERITA]: null,
      [`${OPD}/berita/2026-11-21-rapat-koordinasi.md`]: news(NEWS_FM),
      [`${OPD}/informasi/Laporan Kinerja.md`]: fixture(INFO),
    });
    expect(brief(problems)).toEqual([
      { rule: 'frontmatter/filename', file: `${OPD}/berita/2026-11-21-rapat-koordinasi.md`, line: 3, severity: 'error' },
      { rule: 'frontmatter/filename', file: `${OPD}/informasi/Laporan Kinerja.md`, line: 1, severity: 'error' },
    ]);
    expect(problems[1].hint).toContain('laporan-kinerja');
  });

  it('finds duplicate slugs within an OPD', async () => {
    const problems = await problemsOf({ [`${OPD}/data/jumlah-sekolah.yml`]: fixture(META) });
    expect(brief(problems)).toContainEqual({ rule: 'frontmatter/duplicate-slug', file: `${OPD}/data/jumlah-sekolah.yml`, line: 1, severity: 'error' });
  });
});

describe('markdown', () => {
  it('refuses raw HTML outside the allowlist, including event attributes', async () => {
    const problems = await problemsOf({ [BERITA]: news(NEWS_FM, 'Paragraf.\n\n<script>alert(1)</script>\n\nBaris <br> dan <sup onclick="x()">1</sup>') });
    expect(brief(problems)).toEqual([
      { rule: 'markdown/raw-html', file: BERITA, line: 9, severity: 'error' },
      { rule: 'markdown/raw-html', file: BERITA, line: 11, severity: 'error' },
    ]);
  });

  it('refuses javascript: and data: links', async () => {
    const problems = await problemsOf({ [BERITA]: news(NEWS_FM, '[klik](javascript:alert(1))\n\n![foto](data:image/png;base64,AAA)') });
    expect(brief(problems)).toEqual([
      { rule: 'markdown/unsafe-link', file: BERITA, line: 7, severity: 'error' },
      { rule: 'markdown/unsafe-link', file: BERITA, line: 9, severity: 'error' },
    ]);
  });

  it('checks that internal links and files resolve', async () => {
    const problems = await problemsOf({ [BERITA]: news(NEWS_FM, 'Lihat [DIP](/informasi/) dan [hilang](/opd/tidak-ada/).\n\n[berkas](dokumen/tidak-ada.pdf) [keluar](../../pemda.yaml)') });
    expect(brief(problems)).toEqual([
      { rule: 'markdown/broken-link', file: BERITA, line: 7, severity: 'error' },
      { rule: 'markdown/broken-link', file: BERITA, line: 9, severity: 'error' },
      { rule: 'markdown/path-outside', file: BERITA, line: 9, severity: 'error' },
    ]);
  });

  it('warns about images without alt text and errors on skipped heading levels', async () => {
    const problems = await problemsOf({ [BERITA]: news(NEWS_FM, '![](dokumen/laporan-2025.pdf)\n\n## Bagian\n\n#### Terlalu dalam\n\n# Judul utama') });
    expect(brief(problems)).toEqual([
      { rule: 'markdown/image-alt', file: BERITA, line: 7, severity: 'warning' },
      { rule: 'markdown/heading-order', file: BERITA, line: 11, severity: 'error' },
      { rule: 'markdown/heading-order', file: BERITA, line: 13, severity: 'error' },
    ]);
  });
});

describe('csv', () => {
  const header = 'kode_wilayah;kecamatan;jumlah;rasio;terakreditasi;tanggal_data\n';

  it('rejects non-UTF-8 files with a hint to re-save as CSV UTF-8', async () => {
    const latin1 = Buffer.from(`${header}33.21.01;Mranggen;52;18,5;ya;2025-12-31\n33.21.02;Karang\xe9;40;17,2;;2025-12-31\n`, 'latin1');
    const problems = await problemsOf({ [CSV]: latin1 });
    expect(brief(problems)).toEqual([{ rule: 'csv/encoding', file: CSV, line: 1, severity: 'error' }]);
    expect(problems[0].hint).toContain('CSV UTF-8');
  });

  it('explains an undeclared delimiter', async () => {
    const problems = await problemsOf({ [META]: fixture(META).replace('pemisah: ";"\ndesimal: ","\n', '') });
    expect(brief(problems)).toEqual([{ rule: 'csv/delimiter', file: CSV, line: 1, severity: 'error' }]);
    expect(problems[0].hint).toContain('pemisah: ";"');
  });

  it('reports a header that differs from the column dictionary, per column', async () => {
    const problems = await problemsOf({ [CSV]: `kode_wilayah;nama_kecamatan;jumlah;rasio;terakreditasi;tanggal_data\n33.21.01;Mranggen;52;18,5;ya;2025-12-31\n` });
    expect(problems.map((p) => [p.rule, p.line, p.column])).toEqual([['csv/header', 1, 2]]);
  });

  it('reports every bad cell at row and column, ragged rows and empty required cells', async () => {
    const body = [
      '33.21.01;Mranggen;52;18,5;ya;2025-12-31',
      '33.21.99;Karangawen;empat puluh;17.2;mungkin;2025-13-01',
      ';Guntur;30;16,0',
      '33.21.04;;31;15,5;tidak;2025-12-31',
    ].join('\n');
    const problems = await problemsOf({ [CSV]: `${header}${body}\n` });
    expect(problems.map((p) => [p.rule, p.line, p.column])).toEqual([
      ['csv/cell-type', 3, 1],
      ['csv/cell-type', 3, 3],
      ['csv/cell-type', 3, 4],
      ['csv/cell-type', 3, 5],
      ['csv/cell-type', 3, 6],
      ['csv/ragged-row', 4, 5],
      ['csv/required', 5, 2],
    ]);
    expect(problems[3].hint).toContain('ya atau tidak');
    expect(problems[2].message).toContain('tanda desimal');
  });

  it('reports every bad cell, however many', async () => {
    const rows = Array.from({ length: 45 }, (_, i) => `33.21.01;Mranggen;x${i};18,5;ya;2025-12-31`).join('\n');
    const problems = await problemsOf({ [CSV]: `${header}${rows}\n` });
    expect(problems).toHaveLength(45);
    expect(problems.at(-1)).toMatchObject({ rule: 'csv/cell-type', line: 46, column: 3 });
  });

  it('counts lines correctly when a quoted cell spans lines', async () => {
    const problems = await problemsOf({ [CSV]: `${header}33.21.01;"Mranggen\nbaris dua";52;18,5;ya;2025-12-31\n33.21.02;Karangawen;x;17,2;;2025-12-31\n` });
    expect(problems.map((p) => [p.rule, p.line, p.column])).toEqual([['csv/cell-type', 4, 3]]);
  });
});

describe('files', () => {
  it('reports attachments that do not exist', async () => {
    const problems = await problemsOf({ [INFO]: fixture(INFO).replace('dokumen/laporan-2025.pdf', 'dokumen/lra-2025.pdf') });
    expect(brief(problems)).toEqual([{ rule: 'files/attachment-missing', file: INFO, line: 15, severity: 'error' }]);
  });

  it('refuses paths that leave the OPD folder', async () => {
    const problems = await problemsOf({ [INFO]: fixture(INFO).replace('dokumen/laporan-2025.pdf', '../opd-lain/dokumen/x.pdf') });
    expect(brief(problems)).toEqual([{ rule: 'files/path-outside', file: INFO, line: 15, severity: 'error' }]);
  });

  it('refuses symlinks, unknown extensions, fake PDFs and oversized files', async () => {
    const problems = await problemsOf({
      [`${OPD}/dokumen/tautan.pdf`]: { symlinkTo: '/etc/passwd' },
      [`${OPD}/dokumen/skrip.exe`]: 'MZ',
      [`${OPD}/dokumen/palsu.pdf`]: '<html>bukan pdf</html>',
      [`${OPD}/dokumen/besar.pdf`]: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(21 * 1024 * 1024)]),
    });
    expect(brief(problems)).toEqual([
      { rule: 'files/size', file: `${OPD}/dokumen/besar.pdf`, line: 1, severity: 'error' },
      { rule: 'files/content-mismatch', file: `${OPD}/dokumen/palsu.pdf`, line: 1, severity: 'error' },
      { rule: 'files/extension', file: `${OPD}/dokumen/skrip.exe`, line: 1, severity: 'error' },
      { rule: 'files/symlink', file: `${OPD}/dokumen/tautan.pdf`, line: 1, severity: 'error' },
    ]);
  });
});

describe('personal data', () => {
  it('finds NIKs in text (also with separators), frontmatter and CSV cells; NIP and official numbers pass', async () => {
    const problems = await problemsOf({
      [BERITA]: news(`${NEWS_FM}\ntag: ["3321015203870001"]`, 'Warga dengan NIK 3321 0152 0387 0002 hadir. NIP 19700101 199503 1 002 boleh.\n\nHubungi 0813-2222-3333 atau 0812-0000-0123.'),
      [CSV]: 'kode_wilayah;kecamatan;jumlah;rasio;terakreditasi;tanggal_data\n33.21.01;3321.01.520387.0003;52;18,5;ya;2025-12-31\n',
    });
    expect(brief(problems)).toEqual([
      { rule: 'personal-data/nik', file: BERITA, line: 5, severity: 'error' },
      { rule: 'personal-data/nik', file: BERITA, line: 8, severity: 'error' },
      { rule: 'personal-data/phone', file: BERITA, line: 10, severity: 'warning' },
      { rule: 'personal-data/nik', file: CSV, line: 2, severity: 'error' },
    ]);
    // The report itself must not republish the number.
    expect(problems.map((p) => p.message).join(' ')).not.toContain('3321015203870001');
  });

  it('finds NPWP numbers', async () => {
    const problems = await problemsOf({ [BERITA]: news(NEWS_FM, 'Rekanan CV Maju, NPWP 01.234.567.8-901.000.') });
    expect(brief(problems)).toEqual([{ rule: 'personal-data/npwp', file: BERITA, line: 7, severity: 'error' }]);
  });
});

describe('cross-file', () => {
  it('requires a profile for every OPD folder', async () => {
    const problems = await problemsOf({ 'content/opd/dinas-baru/berita/2026-11-20-rapat-koordinasi.md': news(NEWS_FM) });
    expect(brief(problems)).toEqual([{ rule: 'cross-file/opd-profile', file: 'content/opd/dinas-baru/profil.md', line: 1, severity: 'error' }]);
  });

  it('checks a kecamatan profile\'s kode wilayah against the Kemendagri list', async () => {
    const profil = fixture(`${OPD}/profil.md`).replace('jenis: dinas', 'jenis: kecamatan\nkode_wilayah: "33.21.15"');
    const problems = await problemsOf({ [`${OPD}/profil.md`]: profil });
    expect(brief(problems)).toEqual([{ rule: 'cross-file/kode-wilayah', file: `${OPD}/profil.md`, line: 5, severity: 'error' }]);
  });

  it('requires dataset metadata and CSV in pairs', async () => {
    const problems = await problemsOf({ [CSV]: null, [`${OPD}/data/tanpa-meta.csv`]: 'a,b\n1,2\n' });
    expect(brief(problems)).toEqual([
      { rule: 'cross-file/dataset-pair', file: `${OPD}/data/jumlah-sekolah.yaml`, line: 1, severity: 'error' },
      { rule: 'cross-file/dataset-pair', file: `${OPD}/data/tanpa-meta.csv`, line: 1, severity: 'error' },
    ]);
  });

  it('knows the rincian codes', async () => {
    const problems = await problemsOf({ [INFO]: fixture(INFO).replace('rincian: laporan-keuangan', 'rincian: keuangan') });
    expect(brief(problems)).toEqual([{ rule: 'cross-file/rincian', file: INFO, line: 4, severity: 'error' }]);
    expect(problems[0].hint).toContain('laporan-keuangan (d. Ringkasan laporan keuangan)');
  });

  it('keeps dikecualikan entries empty: no attachment, no body, all legal fields', async () => {
    const withContent = fixture(DIK).replace('berlaku_hingga: 2030-12-31\n', 'lampiran:\n  - judul: Daftar pegawai\n    berkas: dokumen/laporan-2025.pdf\n') + '\nDaftar nama pegawai.\n';
    const problems = await problemsOf({ [DIK]: withContent });
    expect(brief(problems)).toEqual([
      { rule: 'frontmatter/schema', file: DIK, line: 1, severity: 'error' },
      { rule: 'frontmatter/dikecualikan-lampiran', file: DIK, line: 24, severity: 'error' },
      { rule: 'cross-file/dikecualikan-content', file: DIK, line: 29, severity: 'error' },
    ]);
    expect(problems[0].message).toContain('berlaku_hingga');
  });

  it('reports missing legal fields of a dikecualikan entry together with its other problems', async () => {
    const text = fixture(DIK).replace(/^pengecualian:\n(  .*\n)+/m, '').replace('bentuk: softcopy-hardcopy', 'bentuk: kertas');
    const problems = await problemsOf({ [DIK]: text });
    expect(problems.map((p) => p.message)).toEqual(['informasi dikecualikan wajib mengisi `pengecualian`', 'nilai `bentuk` tidak dikenal: "kertas"']);
  });
});

describe('scopes', () => {
  it('reports only problems of the requested paths but still sees the whole tree', async () => {
    const problems = await problemsOf(
      { [BERITA]: news(`${NEWS_FM}\npenulis: x`), 'content/opd/dinas-baru/berita/2026-11-20-a-b.md': news(NEWS_FM) },
      [BERITA],
    );
    expect(problems.map((p) => p.file)).toEqual([BERITA]);
  });
});
