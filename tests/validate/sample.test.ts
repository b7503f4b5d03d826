/** The bundled sample content of Kabupaten Demak is what a new user builds first: it must be clean. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/model.ts';
import { validateRepo } from '../../src/validate/run.ts';

describe('sample content', () => {
  it('has no validation errors', async () => {
    const result = await validateRepo(process.cwd());
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('covers all 42 OPDs, the 14 kecamatan with their codes, and at least 12 datasets', async () => {
    const model = await loadContent(process.cwd());
    expect(model.opds.size).toBe(42);
    const kecamatan = [...model.opds.values()].filter((o) => o.data.jenis === 'kecamatan').map((o) => o.data.kode_wilayah).sort();
    expect(kecamatan).toEqual(Array.from({ length: 14 }, (_, i) => `33.21.${String(i + 1).padStart(2, '0')}`));
    expect(model.datasets.length).toBeGreaterThanOrEqual(12);
    expect(model.datasets.some((d) => d.data.pemisah === ';' && d.data.desimal === ',')).toBe(true);
    expect(model.pemda.data_contoh).toBe(true);
  });
});
