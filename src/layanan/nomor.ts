/**
 * Register numbers (nomor pendaftaran, UU 14/2008 Pasal 22): written after `layanan.format_nomor` of
 * pemda.yaml, e.g. `{urut}/PPID-{opd}/{bulan}/{tahun}` → `001/PPID-DINKES/XI/2026`, and stored under the file name the
 * CMS makes from them (`001-ppid-dinkes-xi-2026.yaml`).
 */
import type { Tanggal } from './hari-kerja.ts';

export const BULAN_ROMAWI = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

/**
 * The file name of a register number: lower case, every run of other characters one hyphen. The same as Decap CMS's
 * slug of the `nomor` field (lower case, `/` and `.` replaced, repeated replacements collapsed).
 */
export function slugNomor(nomor: string): string {
  return nomor.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** The code an OPD has inside register numbers: its slug in capitals (`dinkes` → `DINKES`). */
export function kodeOpd(opd: string): string {
  return opd.toUpperCase();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The pattern of an OPD's numbers, with named groups `urut`, `bulan` and `tahun`. */
export function polaNomor(format: string, opd: string): RegExp {
  const parts = format.split(/(\{(?:urut|opd|bulan|tahun)\})/);
  const used = new Set<string>();
  const source = parts.map((part) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (!name) return escape(part);
    // A placeholder written twice matches the same text again.
    if (used.has(name)) return `\\k<${name}>`;
    used.add(name);
    if (name === 'opd') return `(?<opd>${escape(kodeOpd(opd))})`;
    if (name === 'urut') return '(?<urut>\\d{3,})';
    if (name === 'bulan') return `(?<bulan>${[...BULAN_ROMAWI].reverse().join('|')})`;
    return '(?<tahun>\\d{4})';
  });
  return new RegExp(`^${source.join('')}$`);
}

export interface NomorTerurai {
  urut: number;
  /** 1–12 when the format has `{bulan}`. */
  bulan?: number;
  tahun: number;
}

/** The parts of a register number of `opd`, or null when it does not follow the format. */
export function uraiNomor(nomor: string, format: string, opd: string): NomorTerurai | null {
  const groups = polaNomor(format, opd).exec(nomor)?.groups;
  if (!groups) return null;
  const bulan = groups.bulan ? (BULAN_ROMAWI as readonly string[]).indexOf(groups.bulan) + 1 : undefined;
  return { urut: Number(groups.urut), bulan, tahun: Number(groups.tahun) };
}

/** The number of the `urut`-th request of `opd` received on `diterima`. */
export function buatNomor(format: string, opd: string, urut: number, diterima: Tanggal): string {
  const values: Record<string, string> = {
    urut: String(urut).padStart(3, '0'),
    opd: kodeOpd(opd),
    bulan: BULAN_ROMAWI[Number(diterima.slice(5, 7)) - 1],
    tahun: diterima.slice(0, 4),
  };
  return format.replace(/\{(urut|opd|bulan|tahun)\}/g, (_, name: string) => values[name]);
}

/** How an OPD's numbers look, for people: `nnn/PPID-DINKES/bulan/tahun`. */
export function contohNomor(format: string, opd: string): string {
  const values: Record<string, string> = { urut: 'nnn', opd: kodeOpd(opd), bulan: 'bulan', tahun: 'tahun' };
  return format.replace(/\{(urut|opd|bulan|tahun)\}/g, (_, name: string) => values[name]);
}
