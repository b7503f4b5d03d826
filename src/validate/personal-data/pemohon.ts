/**
 * A requester's identity in the text of a request register (UU 27/2022 PDP; the register is public): a name after an
 * honorific or a `nama:` label, a house address (a street with a house number, RT/RW), a telephone number or an
 * e-mail address. Stricter than the site-wide guard (detect.ts): in a register any phone number or e-mail is the
 * requester's, even an official-looking one. A street name alone is not an address (requests are often about roads),
 * and an honorific followed by a role or common noun ("Ibu Hamil", "Bapak Bupati", "Ibu Kota") is not a name.
 * Pure: no Node imports.
 */
import { findPersonalData } from './detect.ts';

export type DataPemohon = 'nama' | 'alamat' | 'kontak';

/** What was found, as messages name it. */
export const LABEL_DATA_PEMOHON: Record<DataPemohon, string> = { nama: 'nama orang', alamat: 'alamat rumah', kontak: 'nomor telepon atau alamat e-mail' };

/** A finding as a message may quote it, recognisable but not repeated in full into logs: the first word, then initials. */
export function samarkan(text: string): string {
  const [first, ...rest] = text.split(/\s+/);
  if (rest.length === 0) return `${text.slice(0, 4)}…`;
  return `${first} ${rest.map((w) => `${w.charAt(0)}…`).join(' ')}`;
}

export interface TemuanPemohon {
  jenis: DataPemohon;
  /** Offset in the text and the text found. */
  index: number;
  text: string;
}

const HONORIFIC = String.raw`(?:Bapak|Bpk\.?|Pak|Ibu|Bu|Sdr\.?|Sdri\.?|Saudara|Saudari|Tn\.?|Tuan|Ny\.?|Nyonya|Nn\.?|Nona|Mas|Mbak|Mba|Hj?\.)`;
/** Words that follow an honorific without naming anyone: roles, offices and the common nouns of public-health data. */
const NOT_A_NAME = new Set([
  'kota', 'pertiwi', 'negara', 'hamil', 'menyusui', 'nifas', 'bersalin', 'melahirkan', 'balita', 'rumah', 'kandung', 'asuh', 'tiri',
  'bupati', 'wakil', 'gubernur', 'camat', 'lurah', 'kades', 'kepala', 'sekretaris', 'kadis', 'ketua', 'anggota', 'direktur',
  'pejabat', 'petugas', 'guru', 'dosen', 'dokter', 'bidan', 'perawat', 'kader', 'menteri', 'presiden', 'pimpinan', 'ppid',
  'pemerintah', 'pemkab', 'dinas', 'badan', 'kantor', 'bagian', 'bidang', 'sekretariat', 'kecamatan', 'desa', 'kelurahan',
]);
const isName = (word: string) => !NOT_A_NAME.has(word.toLowerCase().replace(/[.'-]+$/, ''));
const NAME = new RegExp(String.raw`(?<![\p{L}])${HONORIFIC}\s+(\p{Lu}[\p{L}'.-]+)`, 'gu');
/** `nama: Budi`, `nama pemohon = Budi`, `atas nama Budi`, `a.n. Budi` (not `daftar nama penerima`: a label needs `:`). */
const NAME_LABEL = /(?<![\p{L}])(?:[Nn]ama(?:\s+(?:pemohon|lengkap|pelapor))?\s*[:=]|[Aa]tas\s+nama|a\.\s?n\.)\s*(\p{Lu}[\p{L}'.-]+)/gu;
/** A street or alley with a house number, or an RT/RW pair: where someone lives. */
const ADDRESS = [
  /\b(?:Jl|Jln|Jalan|Gg|Gang)\.?\s+[^\n,;]{1,40}?\bNo\.?\s*\d+/giu,
  /\bRT\.?\s*0*\d{1,3}\s*[/,]?\s*RW\.?\s*0*\d{1,3}\b/giu,
  /\bRT\s*\/\s*RW\s*0*\d{1,3}\s*\/\s*0*\d{1,3}\b/giu,
  /\bRT\.?\s*0*\d{1,3}\s*\/\s*0*\d{1,3}\b/giu,
];
const EMAIL = /[^\s@<>()[\]:;,"]+@[^\s@<>()[\]:;,"]+\.[a-z]{2,}/giu;
/** Landlines (`(0291) 685877`, `0291-685877`, `+62 291 685877`); mobiles come from detect.ts. */
const LANDLINE = /(?:\(0\d{2,3}\)\s?|\b0\d{2,3}[\s.-]|\+62\s?\d{2,3}[\s.-]?)\d{3,4}[\s.-]?\d{2,4}\b/gu;

/** Every piece of a requester's identity in `text`, in text order. */
export function findDataPemohon(text: string): TemuanPemohon[] {
  const found: TemuanPemohon[] = [];
  for (const pattern of [NAME, NAME_LABEL]) {
    for (const m of text.matchAll(pattern)) if (isName(m[1])) found.push({ jenis: 'nama', index: m.index, text: m[0] });
  }
  for (const pattern of ADDRESS) for (const m of text.matchAll(pattern)) found.push({ jenis: 'alamat', index: m.index, text: m[0] });
  for (const m of text.matchAll(EMAIL)) found.push({ jenis: 'kontak', index: m.index, text: m[0] });
  for (const m of text.matchAll(LANDLINE)) found.push({ jenis: 'kontak', index: m.index, text: m[0].trim() });
  // Every mobile number: none is official in a register (an empty list of official numbers).
  for (const f of findPersonalData(text)) if (f.rule === 'personal-data/phone') found.push({ jenis: 'kontak', index: f.index, text: f.text });
  // Two patterns may find the same thing (RT/RW written two ways): one finding per kind and place.
  const byPlace = new Map(found.map((f) => [`${f.jenis}:${f.index}`, f]));
  return [...byPlace.values()].sort((a, b) => a.index - b.index);
}

/** Every finding in every string of a parsed entry (a YAML value), with the key path of its string. */
export function findDataPemohonIn(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; temuan: TemuanPemohon }[] {
  if (typeof value === 'string') return findDataPemohon(value).map((temuan) => ({ path, temuan }));
  if (Array.isArray(value)) return value.flatMap((item, i) => findDataPemohonIn(item, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => findDataPemohonIn(item, [...path, key]));
  return [];
}
