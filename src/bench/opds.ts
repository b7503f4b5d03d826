/**
 * The 42 OPDs as the corpus sees them: read from the copied profiles (never invented, so the corpus keeps the
 * repository's real OPD list), with a vocabulary and an activity pattern drawn from the seed.
 */
import type { Person } from '../compliance/fast-import.ts';
import { classifyPath } from '../content/paths.ts';
import { parseSource } from '../content/source.ts';
import { DOMAINS, domainKeyOf, type Domain } from './domains.ts';
import type { Rng } from './random.ts';

export interface Place {
  kode: string;
  nama: string;
}

export interface Wilayah {
  kecamatan: Place[];
  /** Villages per kecamatan code. */
  desa: Map<string, Place[]>;
}

export interface OpdInfo {
  slug: string;
  nama: string;
  singkatan: string;
  jenis: string;
  domainKey: string;
  domain: Domain;
  /** The kecamatan a kecamatan OPD serves. */
  kecamatan?: Place;
  kepala: { nama: string; jabatan: string };
  /** Positions of the officials (used as "pejabat penguasa informasi"). */
  jabatan: string[];
  editor: Person;
  /** Relative news activity; 0.3 (rarely posts) to 3 (several posts a week). */
  weight: number;
  /** Periods [from, to) in epoch ms with no uploads at all. */
  silences: [number, number][];
}

const MONTH = 30 * 86_400_000;

export function parseWilayah(csv: string): Wilayah {
  const kecamatan: Place[] = [];
  const desa = new Map<string, Place[]>();
  for (const line of csv.split('\n').slice(1)) {
    const [kode, nama, tingkat] = line.trim().split(',');
    if (tingkat === 'kecamatan') kecamatan.push({ kode, nama });
    if (tingkat === 'desa') {
      const parent = kode.split('.').slice(0, 3).join('.');
      desa.set(parent, [...(desa.get(parent) ?? []), { kode, nama }]);
    }
  }
  return { kecamatan, desa };
}

/** Activity tiers: most OPDs post weekly-ish, some rarely, and a few fall silent for months (also at the end). */
function activity(rng: Rng, slug: string, start: number, end: number): { weight: number; silences: [number, number][] } {
  const r = slug === 'dinkominfo' ? 0 : rng.next();
  const [weight, windows, minMonths, maxMonths] = r < 0.45 ? [3, rng.int(0, 1), 1, 3] : r < 0.8 ? [1, rng.int(1, 2), 2, 6] : [0.3, rng.int(1, 3), 4, 12];
  const silences: [number, number][] = [];
  for (let i = 0; i < windows; i++) {
    const from = start + rng.next() * (end - start);
    silences.push([from, from + rng.int(minMonths, maxMonths) * MONTH]);
  }
  if (weight < 1 && rng.chance(0.5)) silences.push([end - rng.int(3, 8) * MONTH, end + MONTH]);
  return { weight, silences };
}

export function loadOpds(files: Map<string, Uint8Array>, wilayah: Wilayah, rng: Rng, start: number, end: number): OpdInfo[] {
  const profiles = [...files.keys()].filter((p) => /^content\/opd\/[^/]+\/profil\.md$/.test(p)).sort();
  return profiles.map((path) => {
    const source = parseSource(classifyPath(path), Buffer.from(files.get(path)!).toString('utf8'));
    const data = source.data as Record<string, unknown>;
    const slug = path.split('/')[2];
    const jenis = String(data.jenis);
    const kepala = data.kepala as { nama: string; jabatan: string };
    const pejabat = (data.pejabat as { jabatan: string }[] | undefined) ?? [];
    const editors = Array.isArray(data.editor) ? (data.editor as string[]) : [];
    const name = editors[0] ?? `editor-${slug}`;
    const domainKey = domainKeyOf(slug, jenis);
    const kode = typeof data.kode_wilayah === 'string' ? data.kode_wilayah : undefined;
    return {
      slug,
      nama: String(data.nama),
      singkatan: String(data.singkatan),
      jenis,
      domainKey,
      domain: DOMAINS[domainKey],
      kecamatan: kode ? wilayah.kecamatan.find((k) => k.kode === kode) : undefined,
      kepala: { nama: kepala.nama, jabatan: kepala.jabatan },
      jabatan: pejabat.map((p) => p.jabatan),
      editor: { name, email: `${name}@contoh.demakkab.go.id` },
      ...activity(rng, slug, start, end),
    };
  });
}

export function isSilent(opd: OpdInfo, time: number): boolean {
  return opd.silences.some(([from, to]) => time >= from && time < to);
}
