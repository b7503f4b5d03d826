/** Which vocabulary each OPD writes with: by slug, falling back on the OPD kind (`jenis`). */
import { LAYANAN, type Domain } from './domains-layanan.ts';
import { WILAYAH } from './domains-wilayah.ts';

export type { Domain };

export const DOMAINS: Record<string, Domain> = { ...LAYANAN, ...WILAYAH };

const BY_SLUG: Record<string, string> = {
  bappeda: 'perencanaan', bkpp: 'pemerintahan', bpbd: 'bencana', bpkpad: 'keuangan', dinarpus: 'perpustakaan',
  'dindagkop-ukm': 'ekonomi', dinkes: 'kesehatan', dinkominfo: 'kominfo', dinpar: 'pariwisata', 'dinpermades-p2kb': 'desa',
  'dinpertan-pangan': 'pertanian', dinpora: 'pariwisata', 'dinsos-p3a': 'sosial', disdikbud: 'pendidikan',
  disdukcapil: 'kependudukan', dishub: 'perhubungan', disnakerin: 'tenagakerja', disperkim: 'infrastruktur', dkp: 'pertanian',
  dlh: 'lingkungan', dpmptsp: 'ekonomi', dpupr: 'infrastruktur', inspektorat: 'pemerintahan', kesbangpol: 'pemerintahan',
  'rsud-sunan-kalijaga': 'rsud', 'satpol-pp': 'ketertiban', setda: 'pemerintahan', setwan: 'pemerintahan',
};

const BY_JENIS: Record<string, string> = { kecamatan: 'kecamatan', rsud: 'rsud', 'satpol-pp': 'ketertiban' };

/** Activities every OPD holds, mixed into each domain's own. */
export const COMMON_KEGIATAN = ['sosialisasi', 'rapat koordinasi', 'monitoring dan evaluasi', 'bimbingan teknis', 'forum konsultasi publik', 'pendampingan'];

export function domainKeyOf(slug: string, jenis: string): string {
  return BY_SLUG[slug] ?? BY_JENIS[jenis] ?? 'pemerintahan';
}

const SMALL = new Set(['dan', 'di', 'ke', 'dari', 'bagi', 'untuk', 'yang', 'atau', 'dengan', 'pada', 'per']);

/** Title case as Indonesian headlines write it: small words stay lowercase, acronyms stay as written. */
export function titleCase(text: string): string {
  return text
    .split(' ')
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}
