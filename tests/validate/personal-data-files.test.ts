/**
 * The personal-data rule over everything a visitor can download or read: markdown written in odd ways, CSV
 * cells from Excel, file names, PDF text layers (and PDFs that cannot be checked), office documents.
 * Scenarios are the valid fixture plus the files below (tests/validate/scenario.ts).
 */
import { describe, expect, it } from 'vitest';
import { brief, OPD, problemsOf } from './scenario.ts';
import { makeDocx, makePdf, makeXlsx, makeZip } from '../fixtures/personal-data/make.ts';
import { redactPersonalData } from '../../src/validate/personal-data/index.ts';

const NIK = '3321015708900003';
const BERITA = `${OPD}/berita/2026-11-20-rapat-koordinasi.md`;
const CSV = `${OPD}/data/jumlah-sekolah.csv`;
const HEADER = 'kode_wilayah;kecamatan;jumlah;rasio;terakreditasi;tanggal_data';
const news = (body: string) => `---\njudul: Rapat Koordinasi Layanan Informasi\ntanggal: 2026-11-20 09:30\nringkasan: Ringkasan berita rapat koordinasi layanan.\n---\n\n${body}\n`;
const doc = (name: string) => `${OPD}/dokumen/${name}`;
const onlyPersonal = <T extends { rule: string }>(problems: T[]) => problems.filter((p) => p.rule.startsWith('personal-data/'));

describe('personal data written to slip past a line-by-line matcher', () => {
  it('finds full-width, zero-width-split, line-broken and table-split NIKs at the line and column where they start', async () => {
    const body = [
      'Peserta: NIK ３３２１０１５７０８９００００３.', // line 7
      '',
      `Peserta: NIK 3321\u200b0157\u2060089000\u00ad03.`, // line 9
      '',
      'Peserta: Budi, NIK 3321015708', // line 11
      '900003, Desa Sayung.',
      '',
      '| Nama | Nomor | |', // line 14
      '|---|---|---|',
      '| Siti | 33210157 | 08900003 |', // line 16
    ].join('\n');
    const problems = await problemsOf({ [BERITA]: news(body) });
    expect(problems.map((p) => [p.rule, p.file, p.line, p.column])).toEqual([
      ['personal-data/nik', BERITA, 7, 14],
      ['personal-data/nik', BERITA, 9, 14],
      ['personal-data/nik', BERITA, 11, 20],
      ['personal-data/nik', BERITA, 16, 10],
    ]);
    for (const p of problems) expect(p.message).toBe('angka "3321••••••••••03" berbentuk NIK/No. KK (data pribadi)');
  });

  it('reads CSV cells that Excel wrote in scientific notation', async () => {
    const problems = await problemsOf({ [CSV]: `${HEADER}\n33.21.01;3.32101570890000E+15;52;18,5;ya;2025-12-31\n33.21.02;Karangawen;40;17,25;;2025-12-31\n` });
    expect(brief(onlyPersonal(problems))).toEqual([{ rule: 'personal-data/nik', file: CSV, line: 2, severity: 'error' }]);
    const [nik] = onlyPersonal(problems);
    expect(nik).toMatchObject({ column: 2, hint: expect.stringContaining('notasi ilmiah') });
    // The output redaction must leave the rule's own wording alone.
    expect(redactPersonalData(nik.hint)).toBe(nik.hint);
  });

  it('reads an NPWP column of a CSV by its header', async () => {
    const problems = await problemsOf({
      [CSV]: null,
      [`${OPD}/data/jumlah-sekolah.yaml`]: null,
      [`${OPD}/data/rekanan.yaml`]: 'judul: Daftar Rekanan\ndeskripsi: Rekanan pengadaan (data contoh).\ntopik: pendidikan\nperiode: 2025\nfrekuensi: tahunan\ntingkat_penyajian: kabupaten\ndiperbarui: 2026-02-01\nkolom:\n  - { nama: nama, judul: Nama, tipe: teks }\n  - { nama: npwp, judul: NPWP, tipe: teks }\n',
      [`${OPD}/data/rekanan.csv`]: 'nama,npwp\nCV Maju,0012345678901000\n',
    });
    expect(brief(onlyPersonal(problems))).toEqual([{ rule: 'personal-data/npwp', file: `${OPD}/data/rekanan.csv`, line: 2, severity: 'error' }]);
  });

  it('finds a NIK in a file name', async () => {
    const problems = await problemsOf({ [doc(`ktp-${NIK}.pdf`)]: makePdf([{ text: [{ x: 56, y: 780, text: 'Lampiran surat permohonan' }] }]) });
    expect(brief(problems)).toEqual([{ rule: 'personal-data/nik', file: doc(`ktp-${NIK}.pdf`), line: 1, severity: 'error' }]);
    expect(problems[0].message).toBe('nama berkas memuat angka "3321••••••••••03" berbentuk NIK/No. KK (data pribadi)');
    expect(problems[0].hint).toContain('Ganti nama berkas');
  });

  it('keeps amounts after Rp and NIPs clean in markdown', async () => {
    const problems = await problemsOf({ [BERITA]: news('Pagu Rp3.321.015.708.900.003, realisasi Rp 3.321.015.708.900.003,00 dan Rp. 3.321.015.708.900.003.\n\nNIP 19900817 201903 2 003.') });
    expect(problems).toEqual([]);
  });
});

describe('personal data in PDFs', () => {
  it('reads the text layer of every page and names the page', async () => {
    const pdf = makePdf([
      { text: [{ x: 56, y: 780, text: 'Daftar Penerima Bantuan' }, { x: 56, y: 760, text: 'Halaman pertama tanpa data pribadi.' }] },
      { text: [{ x: 56, y: 780, text: 'No' }, { x: 80, y: 780, text: 'NIK' }, { x: 56, y: 760, text: '1' }, { x: 80, y: 760, text: NIK }, { x: 200, y: 760, text: 'SITI AMINAH' }] },
    ]);
    const problems = await problemsOf({ [doc('penerima-bantuan.pdf')]: pdf });
    expect(brief(problems)).toEqual([{ rule: 'personal-data/nik', file: doc('penerima-bantuan.pdf'), line: 1, severity: 'error' }]);
    expect(problems[0].message).toBe('angka "3321••••••••••03" berbentuk NIK/No. KK (data pribadi) di halaman 2 PDF');
    expect(problems[0].hint).toContain('Kotak hitam');
  });

  it('finds a NIK that the PDF draws in two pieces', async () => {
    const pdf = makePdf([{ text: [{ x: 56, y: 760, text: 'NIK' }, { x: 80, y: 760, text: '3321' }, { x: 102, y: 760, text: '015708900003' }] }]);
    expect(brief(await problemsOf({ [doc('surat.pdf')]: pdf }))).toEqual([{ rule: 'personal-data/nik', file: doc('surat.pdf'), line: 1, severity: 'error' }]);
  });

  it('warns about a scanned PDF (pages without text): it cannot be checked automatically', async () => {
    const problems = await problemsOf({ [doc('sk-pindaian.pdf')]: makePdf([{ scan: true }, { scan: true }]) });
    expect(brief(problems)).toEqual([{ rule: 'personal-data/scan-no-text', file: doc('sk-pindaian.pdf'), line: 1, severity: 'warning' }]);
    expect(problems[0].message).toContain('2 halaman');
    expect(problems[0].hint).toContain('pastikan tidak ada NIK');
  });

  it('does not warn about a PDF that has text on some pages and a scanned page', async () => {
    const problems = await problemsOf({ [doc('laporan.pdf')]: makePdf([{ text: [{ x: 56, y: 780, text: 'Laporan Kinerja Dinas Contoh 2025' }] }, { scan: true }]) });
    expect(problems).toEqual([]);
  });

  it('warns about password-locked and broken PDFs without crashing, and still reads what is plain in a broken one', async () => {
    const locked = makePdf([{ text: [{ x: 56, y: 780, text: 'Dokumen yang dikunci' }] }], { encrypt: true });
    const broken = Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Type /Page >>\nstream\nBT (NIK ${NIK}) Tj ET\nendstream\n`, 'latin1');
    const problems = await problemsOf({ [doc('terkunci.pdf')]: locked, [doc('rusak.pdf')]: broken });
    expect(brief(problems)).toEqual([
      { rule: 'personal-data/nik', file: doc('rusak.pdf'), line: 1, severity: 'error' },
      { rule: 'personal-data/unreadable', file: doc('rusak.pdf'), line: 1, severity: 'warning' },
      { rule: 'personal-data/unreadable', file: doc('terkunci.pdf'), line: 1, severity: 'warning' },
    ]);
    expect(problems[2].message).toContain('terkunci kata sandi');
    expect(problems[1].message).toContain('rusak');
  });

  it('does not read PDFs over the size limit (files/size reports them)', async () => {
    const big = Buffer.concat([makePdf([{ text: [{ x: 56, y: 780, text: NIK }] }]), Buffer.alloc(21 * 1024 * 1024, 0x20)]);
    const problems = await problemsOf({ [doc('besar.pdf')]: big });
    expect(brief(problems)).toContainEqual({ rule: 'files/size', file: doc('besar.pdf'), line: 1, severity: 'error' });
    expect(onlyPersonal(problems)).toEqual([]);
  });
});

describe('personal data in office documents', () => {
  it('reads a Word document, also a number Word split into runs', async () => {
    const problems = await problemsOf({ [doc('undangan.docx')]: makeDocx(['Undangan rapat', ['Peserta: Siti, NIK 3321', '0157', '08900003'], 'Terima kasih.']) });
    expect(brief(problems)).toEqual([{ rule: 'personal-data/nik', file: doc('undangan.docx'), line: 1, severity: 'error' }]);
    expect(problems[0].message).toBe('angka "3321••••••••••03" berbentuk NIK/No. KK (data pribadi) di isi dokumen');
    expect(problems[0].hint).toContain('track changes');
  });

  it('reads an Excel workbook: shared strings and numbers stored by Excel', async () => {
    const problems = await problemsOf({
      [doc('penerima.xlsx')]: makeXlsx([['Nama', 'NIK', 'Jumlah'], ['Siti', 3.32101570890000e15, 1250000], ['Budi', `NIK ${NIK.replace('0003', '0004')}`, 2]]),
    });
    expect(problems.map((p) => [p.rule, p.message])).toEqual([
      ['personal-data/nik', 'angka "3321••••••••••04" berbentuk NIK/No. KK (data pribadi) di teks sel'],
      ['personal-data/nik', 'angka "3321••••••••••00" berbentuk NIK/No. KK (data pribadi) di lembar 1'],
    ]);
  });

  it('reads OpenDocument text and slides', async () => {
    const odt = makeZip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': `<office:document-content><office:body><office:text><text:p>NPWP<text:s/>${NIK}</text:p></office:text></office:body></office:document-content>` });
    const pptx = makeZip({ 'ppt/slides/slide3.xml': `<p:sld><a:p><a:r><a:t>Kontak 3321 0157</a:t></a:r><a:br/><a:r><a:t>0890 0003</a:t></a:r></a:p></p:sld>` });
    const problems = await problemsOf({ [doc('notula.odt')]: odt, [doc('paparan.pptx')]: pptx });
    expect(problems.map((p) => [p.rule, p.file, p.message])).toEqual([
      ['personal-data/npwp', doc('notula.odt'), 'angka "3321••••••••••03" berbentuk NPWP (data pribadi) di isi dokumen'],
      ['personal-data/nik', doc('paparan.pptx'), 'angka "3321••••••••••03" berbentuk NIK/No. KK (data pribadi) di slide 3'],
    ]);
  });

  it('warns about an office document that cannot be opened', async () => {
    const zip = makeZip({ 'word/document.xml': '<w:document/>' });
    const truncated = zip.subarray(0, zip.length - 30);
    expect(brief(await problemsOf({ [doc('rusak.docx')]: truncated }))).toEqual([{ rule: 'personal-data/unreadable', file: doc('rusak.docx'), line: 1, severity: 'warning' }]);
  });
});
