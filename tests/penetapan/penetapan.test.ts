/**
 * DIP/DIK adoption decrees (`penetapan_dip`): the validator's refusals in Indonesian with file, line and fix; the
 * frozen archive written once by `npm run dip:tetapkan` and refused the second time; the downloads naming the decree
 * and flagging entries added after it; the archive published byte for byte; the weekly warning for a year without
 * a decree.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/model.ts';
import { penetapanTodo, penetapanWarning } from '../../src/compliance/penetapan.ts';
import { dipCsvText, dipJsonText } from '../../src/exports/published-files.ts';
import { freezeDip, PenetapanError } from '../../src/penetapan/archive.ts';
import { loadSiteModel } from '../../src/site/model.ts';
import { malformed } from '../validate/memory.ts';
import { makeScenario, OPD, problemsOf, VALID_FIXTURE } from '../validate/scenario.ts';
import { DIST, ROOT } from '../site/built-site.ts';

const PEMDA = 'content/pemda.yaml';
const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
const pemdaText = readFileSync(join(VALID_FIXTURE, PEMDA), 'utf8');
/** The fixture's pemda.yaml with these decrees (`berkas` relative to the PPID Utama, dinas-contoh). */
const withDecrees = (...items: string[]) => `${pemdaText.trimEnd()}\npenetapan_dip:\n${items.join('')}`;
const decree = (tahun: number, tanggal: string, berkas = 'dokumen/sk-dip.pdf', menetapkan = 'dip-dik') =>
  `  - tahun: ${tahun}\n    nomor: Keputusan Bupati Contoh Nomor 480/${tahun}\n    tanggal: ${tanggal}\n    berkas: ${berkas}\n    menetapkan: ${menetapkan}\n`;
const lineOf = (text: string, needle: string, from = 0) => text.split('\n').findIndex((l, i) => i >= from && l.includes(needle)) + 1;
const FILE = { [`${OPD}/dokumen/sk-dip.pdf`]: PDF };

const problems = async (changes: Record<string, string | null>) => (await problemsOf(changes)).filter((p) => p.rule.startsWith('penetapan/'));

describe('validator: penetapan/*', () => {
  it('accepts a decree per year with its published PDF (only the missing frozen list is a warning)', async () => {
    const found = await problems({ [PEMDA]: withDecrees(decree(2025, '2024-12-16'), decree(2026, '2026-01-12')), ...FILE });
    expect(found.map((p) => [p.rule, p.severity])).toEqual([['penetapan/arsip-belum-dibuat', 'warning']]);
    expect(found[0].hint).toBe('Jalankan `npm run dip:tetapkan -- --tahun 2026` dan commit berkas yang ditulisnya, agar portal menandai informasi yang ditambahkan setelah penetapan.');
  });

  it('refuses two decrees of one year for the same list, at the second one', async () => {
    const text = withDecrees(decree(2026, '2026-01-12'), decree(2026, '2026-02-01', 'dokumen/sk-dip.pdf', 'dip'));
    const [ganda, ...rest] = (await problems({ [PEMDA]: text, ...FILE })).filter((p) => p.rule === 'penetapan/ganda');
    expect(rest).toEqual([]);
    expect(ganda).toMatchObject({ file: PEMDA, line: lineOf(text, 'tahun: 2026', lineOf(text, 'tahun: 2026')), severity: 'error' });
    expect(ganda.message).toBe('DIP tahun 2026 ditetapkan dua kali (butir 1 dan 2 `penetapan_dip`)');
    expect(malformed(ganda)).toBeUndefined();
  });

  it('accepts one DIP decree and one DIK decree in the same year', async () => {
    const text = withDecrees(decree(2026, '2026-01-12', 'dokumen/sk-dip.pdf', 'dip'), decree(2026, '2026-01-12', 'dokumen/sk-dip.pdf', 'dik'));
    expect((await problems({ [PEMDA]: text, ...FILE })).map((p) => p.rule)).not.toContain('penetapan/ganda');
  });

  it('refuses a date outside the year (late previous year allowed)', async () => {
    const text = withDecrees(decree(2026, '2025-06-30'), decree(2027, '2026-10-01'));
    const found = (await problems({ [PEMDA]: text, ...FILE })).filter((p) => p.rule === 'penetapan/tanggal');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: PEMDA, line: lineOf(text, 'tanggal: 2025-06-30') });
    expect(found[0].message).toBe('Tanggal penetapan (`tanggal`) 2025-06-30 bukan dalam tahun 2026 yang ditetapkan');
    expect(found[0].hint).toContain('antara 2025-10-01 dan 2026-12-31');
  });

  it('refuses a missing decree file and one the portal does not publish', async () => {
    const text = withDecrees(decree(2025, '2025-01-02', 'dokumen/tidak-ada.pdf'), decree(2026, '2026-01-02', 'dokumen/formulir.md'));
    const found = await problems({ [PEMDA]: text });
    const missing = found.find((p) => p.rule === 'penetapan/berkas-tidak-ada')!;
    expect(missing.message).toBe('Berkas keputusan (`berkas`) "dokumen/tidak-ada.pdf" tidak ditemukan di folder dinas-contoh');
    expect(missing.hint).toContain('content/opd/dinas-contoh/dokumen/tidak-ada.pdf');
    const hidden = found.find((p) => p.rule === 'penetapan/berkas-tidak-publik')!;
    expect(hidden).toMatchObject({ file: PEMDA, line: lineOf(text, 'berkas: dokumen/formulir.md') });
    expect(hidden.message).toContain('tidak diterbitkan portal');
  });

  it('checks an OPD profile\'s decrees against its own folder', async () => {
    const profil = readFileSync(join(VALID_FIXTURE, `${OPD}/profil.md`), 'utf8').replace(/\n---\n/, `\npenetapan_dip:\n${decree(2026, '2026-01-05', 'dokumen/sk-opd.pdf')}---\n`);
    const [problem] = (await problems({ [`${OPD}/profil.md`]: profil })).filter((p) => p.rule === 'penetapan/berkas-tidak-ada');
    expect(problem.file).toBe(`${OPD}/profil.md`);
  });

  it('refuses an archive edited by hand or frozen without a decree', async () => {
    const found = await problems({ 'content/arsip/dip-2026.json': '{"tahun": 2026}', 'content/arsip/dip-2025.json': '{"tahun": 2025, "data": []}' });
    expect(found.map((p) => [p.file, p.rule])).toEqual([
      ['content/arsip/dip-2025.json', 'penetapan/arsip-tanpa-penetapan'],
      ['content/arsip/dip-2026.json', 'penetapan/arsip-rusak'],
    ]);
    // A frozen DIP is the only JSON content may hold: no files/extension problem for it.
    expect((await problemsOf({ 'content/arsip/dip-2025.json': '{}' })).map((p) => p.rule)).not.toContain('files/extension');
  });
});

describe('npm run dip:tetapkan, the downloads and the weekly report', () => {
  const INFO = `${OPD}/informasi/laporan-keuangan-2025.md`;
  const ADDED = `${OPD}/informasi/informasi-baru.md`;
  const root = makeScenario({ [PEMDA]: withDecrees(decree(2026, '2026-01-12')), ...FILE });

  it('refuses a year without a decree, freezes the list once, and refuses to overwrite it', async () => {
    await expect(freezeDip(root, { tahun: 2025 })).rejects.toThrow('Belum ada keputusan penetapan DIP tahun 2025 di content/pemda.yaml');
    const { path, rows } = await freezeDip(root, { tahun: 2026, now: new Date('2026-01-13T02:00:00Z') });
    expect(path).toBe('content/arsip/dip-2026.json');
    expect(rows).toBeGreaterThan(0);
    const frozen = readFileSync(join(root, path));
    const again = freezeDip(root, { tahun: 2026 });
    await expect(again).rejects.toBeInstanceOf(PenetapanError);
    await expect(again).rejects.toThrow('content/arsip/dip-2026.json sudah ada: DIP tahun 2026 sudah dibekukan dan tidak boleh ditimpa.');
    expect(readFileSync(join(root, path)).equals(frozen)).toBe(true);
    expect(JSON.parse(frozen.toString())).toMatchObject({ tahun: 2026, dibekukan: '2026-01-13T09:00:00+07:00', penetapan: { nomor: 'Keputusan Bupati Contoh Nomor 480/2026', tanggal: '2026-01-12' } });
  });

  it('names the decree in dip.csv and dip.json and flags the entries added after it', async () => {
    writeFileSync(join(root, ADDED), readFileSync(join(root, INFO), 'utf8').replace(/judul: .*/, 'judul: Informasi baru setelah penetapan'));
    const site = await loadSiteModel(root);
    const json = JSON.parse(dipJsonText(site)) as { penetapan: Record<string, unknown>; data: Record<string, string>[] };
    expect(json.penetapan).toEqual({
      tahun: 2026, nomor: 'Keputusan Bupati Contoh Nomor 480/2026', tanggal: '2026-01-12',
      berkas: 'https://ppid.contoh.go.id/opd/dinas-contoh/dokumen/sk-dip.pdf',
      arsip: 'https://ppid.contoh.go.id/informasi/arsip/dip-2026.json',
    });
    const flags = Object.fromEntries(json.data.map((r) => [r.judul, r.setelah_penetapan]));
    expect(flags['Informasi baru setelah penetapan']).toBe('ya');
    expect(Object.entries(flags).filter(([, f]) => f === 'ya')).toHaveLength(1);
    expect(Object.values(flags).filter((f) => f === 'tidak').length).toBe(json.data.length - 1);
    const [header, ...lines] = dipCsvText(site).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(header).toContain('Ditetapkan dengan,Tanggal penetapan,Ditambahkan setelah penetapan');
    expect(lines.every((l) => l.includes('Keputusan Bupati Contoh Nomor 480/2026,2026-01-12,'))).toBe(true);
    expect(lines.filter((l) => l.includes(',ya,'))).toHaveLength(1);
  });

  it('without a decree the downloads say so (null, empty cells) instead of inventing one', async () => {
    const site = await loadSiteModel(makeScenario());
    expect(JSON.parse(dipJsonText(site)).penetapan).toBeNull();
    expect(dipCsvText(site)).toContain(',,,');
  });

  it('warns in the weekly report when the report year has no decree, and to-dos an OPD that adopts its own list', async () => {
    const model = await loadContent(root);
    expect(penetapanWarning(model, 2026)).toBeUndefined();
    expect(penetapanWarning(model, 2027)).toBe(
      'Daftar Informasi Publik Pemerintah Kabupaten Contoh tahun 2027 belum ditetapkan dengan keputusan: isi `penetapan_dip` tahun 2027 (nomor, tanggal, berkas PDF keputusan di dokumen/) di content/pemda.yaml, lalu jalankan `npm run dip:tetapkan -- --tahun 2027`.',
    );
    // An OPD that never adopted its own list is covered by the regency's decree.
    expect(penetapanTodo(model, 'dinas-contoh', 2027)).toBeUndefined();
    const sample = await loadContent(ROOT);
    expect(penetapanTodo(sample, 'dinkes', 2027)).toContain('Tetapkan Daftar Informasi Publik tahun 2027 dengan keputusan PPID Pelaksana');
    expect(penetapanTodo(sample, 'dinkes', 2026)).toBeUndefined();
    expect(penetapanWarning(sample, 2026)).toBeUndefined();
  });
});

describe.runIf(existsSync(join(DIST, 'informasi/arsip/dip-2026.json')))('the built site', () => {
  it('publishes every frozen archive byte for byte at its stable URL', () => {
    for (const [content, published] of [
      ['content/arsip/dip-2026.json', 'informasi/arsip/dip-2026.json'],
      ['content/opd/dinkes/arsip/dip-2026.json', 'informasi/opd/dinkes/arsip/dip-2026.json'],
      ['content/opd/disdukcapil/arsip/dip-2026.json', 'informasi/opd/disdukcapil/arsip/dip-2026.json'],
    ]) {
      expect(readFileSync(join(DIST, published)).equals(readFileSync(join(ROOT, content))), content).toBe(true);
    }
  });

  it('names the decree on /informasi/ and marks the entry added after it on the OPD DIP page', () => {
    const index = readFileSync(join(DIST, 'informasi/index.html'), 'utf8');
    expect(index).toContain('Ditetapkan dengan Keputusan Bupati Demak Nomor 480/123 Tahun 2026 tanggal 12 Januari 2026.');
    expect(index).toContain('href="/informasi/arsip/dip-2026.json"');
    const dinkes = readFileSync(join(DIST, 'informasi/opd/dinkes/index.html'), 'utf8');
    expect(dinkes).toMatch(/Jadwal Posyandu dan Imunisasi Kejar Tahun 2027<\/a> <span class="tag">ditambahkan setelah penetapan<\/span>/);
    expect(dinkes.match(/ditambahkan setelah penetapan<\/span>/g)).toHaveLength(1);
  });
});
