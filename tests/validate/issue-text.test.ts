/** One helper turns a zod issue into Indonesian for the validator (keys) and the CMS (labels); zod's own text never shows. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BeritaSchema } from '../../src/schemas/berita.ts';
import { DatasetSchema } from '../../src/schemas/dataset.ts';
import { describeIssue, keysAsLabels, parseForMessages } from '../../src/validate/issue-text.ts';

const BERITA = { judul: 'Rapat koordinasi PPID', tanggal: '2026-11-20 09:00', ringkasan: 'Ringkasan rapat koordinasi PPID pelaksana.' };

function issues(schema: typeof BeritaSchema | typeof DatasetSchema, data: Record<string, unknown>, audience: 'berkas' | 'cms') {
  const parsed = parseForMessages(schema, data);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => describeIssue(issue, data, { schema, audience }));
}

describe('zod issues in Indonesian', () => {
  test('a tag against a pattern without a message of its own: the value and the field hint, never "Invalid string"', () => {
    const [berkas] = issues(BeritaSchema, { ...BERITA, tag: ['Banjir!'] }, 'berkas');
    expect(berkas).toEqual({ rule: 'frontmatter/schema', message: 'format `tag[1]` salah: "Banjir!"', hint: 'Kata kunci huruf kecil, misalnya banjir, pelatihan.' });
    const [cms] = issues(BeritaSchema, { ...BERITA, tag: ['Banjir!'] }, 'cms');
    expect(cms.message).toBe('Tag, butir ke-1: penulisan "Banjir!" tidak sesuai aturan');
    for (const text of [berkas, cms].flatMap((t) => [t.message, t.hint])) expect(text).not.toMatch(/Invalid|pattern|must match|String tidak valid/);
  });

  test('the CMS names labels where the file names keys, also inside our own refinement texts', () => {
    const data = { ...BERITA, gambar: 'dokumen/foto.jpg' };
    expect(issues(BeritaSchema, data, 'berkas')[0].message).toBe('berita dengan gambar wajib mengisi `gambar_alt` (teks alternatif)');
    const cms = issues(BeritaSchema, data, 'cms')[0];
    expect(cms.message).toBe('Teks alternatif gambar: berita dengan gambar wajib mengisi Teks alternatif gambar (teks alternatif)');
    expect(cms.hint).toBe('Gambaran isi foto untuk pembaca tunanetra; wajib bila ada gambar.');
  });

  test('a missing field is "wajib diisi" whatever zod calls it (type, option, union)', () => {
    const cms = issues(DatasetSchema, { judul: 'Data penduduk' }, 'cms').map((t) => t.message);
    expect(cms).toEqual(expect.arrayContaining(['Deskripsi: wajib diisi', 'Topik: wajib diisi', 'Periode: wajib diisi', 'Diperbarui: wajib diisi', 'Kamus kolom: wajib diisi']));
    expect(issues(DatasetSchema, { judul: 'Data penduduk' }, 'berkas').map((t) => t.message)).toContain('isian `periode` wajib diisi');
  });

  test('nested fields: list rows and objects by label', () => {
    const data = { judul: 'Data penduduk', kolom: [{ nama: 'a', judul: 'A', tipe: 'teks' }, { nama: 'Jumlah', judul: 'Jumlah', tipe: 'teks' }] };
    const cms = issues(DatasetSchema, data, 'cms').find((t) => t.message.startsWith('Kamus kolom, butir ke-2'));
    expect(cms?.message).toBe('Kamus kolom, butir ke-2 › Nama kolom: nama kolom huruf kecil dengan garis bawah, misalnya `jumlah_penduduk`');
    const berkas = issues(DatasetSchema, data, 'berkas').find((t) => t.message.includes('kolom[2]'));
    expect(berkas?.message).toContain('`kolom[2].nama`');
  });

  test('keysAsLabels turns keys into labels and leaves other code as written', () => {
    expect(keysAsLabels('pakai `pemisah: ";"` dan `desimal: ","`, misalnya `jumlah_penduduk`', DatasetSchema)).toBe('pakai Pemisah kolom CSV ";" dan Tanda desimal ",", misalnya `jumlah_penduduk`');
  });
});

describe('the engine the CMS bundles', () => {
  /** Every module reached from `file` by value imports (type-only imports are erased), with what it imports from packages. */
  function graph(file: string, seen = new Map<string, string[]>()): Map<string, string[]> {
    if (seen.has(file)) return seen;
    const source = readFileSync(file, 'utf8');
    const packages: string[] = [];
    seen.set(file, packages);
    for (const m of source.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^;]*?from\s+'([^']+)'/gm)) {
      if (m[1].startsWith('.')) graph(resolve(dirname(file), m[1]), seen);
      else packages.push(m[1]);
    }
    return seen;
  }

  test('imports no Node module: the rules run in the browser from the same files as in CI', () => {
    const root = resolve(import.meta.dirname, '..', '..');
    for (const entry of ['src/validate/engine.ts', 'src/cms/entry-check.ts']) {
      const nodeImports = [...graph(join(root, entry))].flatMap(([file, packages]) => packages.filter((p) => p.startsWith('node:')).map((p) => `${file.slice(root.length + 1)}: ${p}`));
      expect(nodeImports).toEqual([]);
    }
  });
});
