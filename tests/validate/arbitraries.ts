/**
 * fast-check generators of hostile content: YAML-ish text and structures, markdown token soup, CSV with
 * quotes and delimiters, binary junk, deep nesting, odd file names. Each case changes a few files of the
 * valid fixture (see memory.ts). Shared by property.test.ts and scripts/bench-property.ts.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import type { MemoryChange } from './memory.ts';

export const OPD = 'content/opd/dinas-contoh';
const TEXT_FILES = [
  'content/pemda.yaml', 'content/halaman/tentang-ppid.md', `${OPD}/profil.md`, `${OPD}/berita/2026-11-20-rapat-koordinasi.md`,
  `${OPD}/informasi/laporan-keuangan-2025.md`, `${OPD}/informasi/data-pribadi-pegawai.md`, `${OPD}/data/jumlah-sekolah.yaml`,
  `${OPD}/dokumen/formulir.md`, `${OPD}/berita/2026-01-01-baru.md`, `${OPD}/informasi/baru.md`,
];
const CSV_FILES = [`${OPD}/data/jumlah-sekolah.csv`, `${OPD}/data/baru.csv`];

/** File names a file system allows (no `/`, no NUL), anywhere in the tree. */
const oddPath = fc
  .tuple(fc.constantFrom('content', `${OPD}`, `${OPD}/berita`, `${OPD}/dokumen`, `${OPD}/data`, 'content/opd/x y', 'content/halaman'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }), fc.constantFrom('.md', '.yaml', '.csv', '.pdf', '.png', '', '.exe'))
  .filter(([, name]) => !/[/\0]/.test(name) && name !== '.' && name !== '..')
  .map(([dir, name, ext]) => `${dir}/${name}${ext}`);

const YAML_TOKENS = [
  ':', ': ', '- ', '? ', '#', '&a ', '*a', '!!binary ', '!tag ', '!!js/function ', '!!str ', '"', "'", '[', ']', '{', '}', ',', '|', '>',
  '\n', '\n  ', '\t', '%YAML 1.2\n', '---\n', '...\n', '\\', '@', '`', '2026-11-20', '09:30', '+07:00', 'judul', 'tanggal', 'kolom',
  'batas_ukuran', 'teks', 'lampiran', 'berkas', '../', '0', '-1', '1e309', '.nan', '.inf', 'null', '~', 'true', '0x1F', '\u0000', '\uFEFF', 'é', '😀',
];
const KEYS = ['judul', 'tanggal', 'ringkasan', 'kategori', 'rincian', 'lampiran', 'berkas', 'gambar', 'tag', 'kolom', 'nama', 'tipe', 'wajib', 'pemisah', 'desimal', 'batas_ukuran', 'teks', 'csv', 'telepon', 'kode_wilayah', 'jenis', 'diperbarui', 'berlaku_hingga'];
const MD_TOKENS = [
  '# ', '## ', '#### ', '> ', '>', '- ', '* ', '1. ', '  ', '    ', '\n', '\n\n', '*', '**', '_', '~~', '`', '```\n', '[', ']', '(', ')', '![', '](', '<', '>',
  '<script>', '<br>', '<sup onclick="x()">', '</div>', '<!--', '-->', '|', '|---|', '---\n', '%', '%E0%A4%A', '%zz', 'http://a', 'javascript:alert(1)',
  'data:x', '/opd/', 'dokumen/laporan-2025.pdf', '../../pemda.yaml', '[^1]', '[a]: /x', '&#', '&amp;', '\\', 'www.', 'a@b.id', '3321015203870001', '0813-2222-3333',
  'kata', 'Demak', ' ', '\t', '\r\n', '\u0000', '😀',
];

const soup = (tokens: string[], maxLength: number) =>
  fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...tokens) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) }), { maxLength }).map((a) => a.join(''));

/** Nesting a real file never has: 5-3,000 levels of one construct the guards must refuse, not crash on. */
const deepYaml = fc.tuple(fc.constantFrom(['[', ']'], ['{a: ', '}'], ['- ', ''], ['a:\n ', '']), fc.integer({ min: 5, max: 3000 })).map(([[open, close], n]) => `x: ${open.repeat(n)}1${close.repeat(n)}`);
const deepMarkdown = fc.tuple(fc.constantFrom('>', '> ', '- ', '1. ', '* ', '[', '(', '![', '> - '), fc.integer({ min: 5, max: 3000 })).map(([unit, n]) => `${unit.repeat(n)}x`);
const indentedList = fc.integer({ min: 5, max: 400 }).map((n) => Array.from({ length: n }, (_, i) => `${' '.repeat(i * 2)}- a`).join('\n'));

const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, tie('scalar'), tie('seq'), tie('map')),
  scalar: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('2026-11-20', '2026-02-30 25:00', 'dokumen/laporan-2025.pdf', '../x.pdf', 'dikecualikan', 'berkala')),
  seq: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), tie('node'), { maxKeys: 4 }),
}));
/** Valid YAML (the `yaml` package quotes as needed) of schema-like keys with random values. */
const yamlDoc = fc.dictionary(fc.constantFrom(...KEYS), value.node, { maxKeys: 6 }).map((o) => stringify(o));

const frontmatter = fc.oneof(soup(YAML_TOKENS, 60), yamlDoc, deepYaml);
const body = fc.oneof({ weight: 3, arbitrary: soup(MD_TOKENS, 80) }, deepMarkdown, indentedList);
const markdownFile = fc.tuple(frontmatter, body, fc.constantFrom('---\n', '\uFEFF---\n', '', '---\r\n')).map(([fm, b, open]) => `${open}${fm}\n---\n${b}`);
const yamlFile = frontmatter;

const cell = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 10 }), fc.constantFrom('"', '""', ';', ',', '\t', '\n', '\r\n', '=1+1', '-', '33.21.01', '18,5', 'ya', '2025-12-31', '3321015203870001', ''));
const csvText = fc
  .tuple(fc.constantFrom('kode_wilayah;kecamatan;jumlah;rasio;terakreditasi;tanggal_data', 'a,b', ''), fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }), fc.constantFrom(';', ',', '\t'), fc.boolean())
  .map(([header, rows, sep, bom]) => `${bom ? '\uFEFF' : ''}${header}\n${rows.map((r) => r.join(sep)).join('\n')}\n`);
const junk = fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a));

/** One to three changed files: text where text is expected, junk anywhere, odd names now and then. */
export const changesArb: fc.Arbitrary<Record<string, MemoryChange>> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...TEXT_FILES.filter((p) => p.endsWith('.md'))), markdownFile) },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...TEXT_FILES.filter((p) => p.endsWith('.yaml'))), yamlFile) },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...CSV_FILES), csvText) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...TEXT_FILES, ...CSV_FILES, `${OPD}/dokumen/laporan-2025.pdf`), junk) },
      { weight: 1, arbitrary: fc.tuple(oddPath, fc.oneof(markdownFile, junk)) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...TEXT_FILES, ...CSV_FILES), fc.constant(null)) },
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((pairs) => Object.fromEntries(pairs) as Record<string, MemoryChange>);
