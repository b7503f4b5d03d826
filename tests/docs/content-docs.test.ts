/** The field tables of docs/content.md are generated from the schemas; a stale table fails here (and in CI). */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { SCHEMA_OF } from '../../src/content/model.ts';
import { fieldTable, renderFieldBlocks } from '../../src/docs/field-table.ts';

const doc = readFileSync(new URL('../../docs/content.md', import.meta.url), 'utf8');

describe('docs/content.md field tables', () => {
  it('has one generated block per content type and every block is fresh (run `npm run docs` when this fails)', () => {
    for (const kind of Object.keys(SCHEMA_OF)) expect(doc).toContain(`<!-- skema:${kind} -->`);
    expect(renderFieldBlocks(doc, SCHEMA_OF)).toBe(doc);
  });

  it('lists nested keys with their Indonesian label, required flag, choices and default', () => {
    const table = fieldTable(
      z.strictObject({
        nama: z.string().meta({ title: 'Nama', description: 'Nama lengkap.' }),
        jenis: z.enum(['a', 'b']).default('a').meta({ title: 'Jenis', description: 'Pilihan.' }),
        kolom: z.array(z.strictObject({ tipe: z.string().optional().meta({ title: 'Tipe', description: 'Tipe kolom.' }) })),
      }),
    );
    expect(table.split('\n').slice(2)).toEqual([
      '| `nama` | ya | teks | Nama: Nama lengkap. |',
      '| `jenis` | tidak | `a`, `b` | Jenis: Pilihan. Bawaan: `"a"`. |',
      '| `kolom` | ya | daftar kelompok isian |  |',
      '| `kolom[].tipe` | tidak | teks | Tipe: Tipe kolom. |',
    ]);
  });

  it('detects a stale block', () => {
    const stale = doc.replace(/(<!-- skema:berita -->\n)\|[^\n]*\n/, '$1| dihapus |\n');
    expect(renderFieldBlocks(stale, SCHEMA_OF)).not.toBe(stale);
  });
});
