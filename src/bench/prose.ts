/**
 * Turns the sentence bank into article bodies: slots filled per scene, paragraphs, and for longer texts the
 * sections, lists, tables and links that real OPD news carries (they change how heavy a page and its index are).
 */
import { wibParts } from '../lib/wib.ts';
import { COMMON_KEGIATAN, type Domain } from './domains.ts';
import type { OpdInfo, Place, Wilayah } from './opds.ts';
import type { Rng } from './random.ts';
import * as W from './wordbank.ts';

/** Who, where and when one text is about; slots read from it. */
export interface Scene {
  opd: OpdInfo;
  time: number;
  kecamatan: Place;
  desa: Place[];
  kegiatan: string;
  objek: string;
  peserta: string;
}

export type Slots = Record<string, () => string>;

export function makeScene(rng: Rng, opd: OpdInfo, wilayah: Wilayah, time: number): Scene {
  const kecamatan = opd.kecamatan ?? rng.pick(wilayah.kecamatan);
  const desa = rng.sample(wilayah.desa.get(kecamatan.kode) ?? [], 6);
  const kegiatan = rng.chance(0.7) ? rng.pick(opd.domain.kegiatan) : rng.pick(COMMON_KEGIATAN);
  return { opd, time, kecamatan, desa, kegiatan, objek: rng.pick(opd.domain.objek), peserta: rng.pick(opd.domain.peserta) };
}

export function makeSlots(rng: Rng, s: Scene): Slots {
  const p = wibParts(new Date(s.time));
  const desa = s.desa[0]?.nama ?? s.kecamatan.nama;
  return {
    opd: () => s.opd.singkatan,
    opdNama: () => s.opd.nama,
    kepala: () => s.opd.kepala.nama,
    jabatanKepala: () => s.opd.kepala.jabatan,
    pejabat: () => (s.opd.jabatan.length ? rng.pick(s.opd.jabatan) : s.opd.kepala.jabatan),
    desa: () => desa,
    desa2: () => s.desa[1]?.nama ?? desa,
    kecamatan: () => s.kecamatan.nama,
    lokasi: () => (s.desa.length && rng.chance(0.7) ? `Desa ${desa}, Kecamatan ${s.kecamatan.nama}` : `Kecamatan ${s.kecamatan.nama}`),
    tempat: () => rng.pick(W.TEMPAT),
    hari: () => `${W.HARI[p.weekday]} (${p.day}/${p.month})`,
    bulan: () => W.BULAN[p.month - 1],
    tahun: () => String(p.year),
    kegiatan: () => s.kegiatan,
    objek: () => s.objek,
    peserta: () => s.peserta,
    n: () => String(rng.int(12, 350)),
    persen: () => `${rng.int(41, 99)},${rng.int(0, 9)}`,
    rupiah: () => (rng.chance(0.6) ? `Rp${rng.int(5, 190) * 5} juta` : `Rp${rng.int(1, 9)},${rng.int(1, 9)} miliar`),
  };
}

export function fill(template: string, slots: Slots): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => slots[key]?.() ?? whole);
}

/** One body sentence: a bank sentence, a domain sentence, or a composed one (for vocabulary variety). */
export function sentence(rng: Rng, slots: Slots, domain: Domain): string {
  const r = rng.next();
  if (r < 0.45) return fill(rng.pick(W.MIDDLES), slots);
  if (r < 0.7) return fill(rng.pick(domain.kalimat), slots);
  const adverbial = fill(rng.pick(W.ADVERBIALS), slots);
  return `${rng.pick(W.SUBJECTS)} ${rng.pick(W.PREDICATES)} ${rng.pick([...W.GOALS, slots.objek()])} ${adverbial}.`;
}

/** A paragraph of 2–5 sentences; `used` keeps one article from repeating a sentence (a few retries, then allowed). */
function paragraph(rng: Rng, slots: Slots, domain: Domain, used: Set<string>): string {
  return Array.from({ length: rng.int(2, 5) }, () => {
    let text = sentence(rng, slots, domain);
    for (let i = 0; i < 4 && used.has(text); i++) text = sentence(rng, slots, domain);
    used.add(text);
    return text;
  }).join(' ');
}

function list(rng: Rng, s: Scene, slots: Slots): string {
  const places = s.desa.length ? s.desa : [s.kecamatan];
  return places.slice(0, rng.int(3, 6)).map((d) => `- Desa ${d.nama}: ${slots.n()} ${rng.pick(['peserta', 'keluarga', 'warga', 'titik lokasi'])}`).join('\n');
}

function table(rng: Rng, s: Scene, slots: Slots): string {
  const head = `| No | Desa | Jumlah ${rng.pick(['peserta', 'sasaran', 'penerima'])} | Capaian (%) |\n|---:|---|---:|---:|`;
  const places = s.desa.length ? s.desa : [s.kecamatan];
  return [head, ...places.map((d, i) => `| ${i + 1} | ${d.nama} | ${slots.n()} | ${slots.persen()} |`)].join('\n');
}

const words = (text: string) => text.split(/\s+/).length;

/** A body of about `target` words: opening, paragraphs, and for longer texts sections with lists or a table. */
export function articleBody(rng: Rng, s: Scene, slots: Slots, target: number): string {
  const used = new Set<string>();
  const blocks = [`${fill(rng.pick(W.OPENINGS), slots)} ${paragraph(rng, slots, s.opd.domain, used)}`];
  let count = words(blocks[0]);
  let sinceHeading = 0;
  let inSection = false;
  let afterHeading = false;
  let extras = 0;
  let lastExtra = '';
  while (count < target) {
    let block: string;
    // A heading is always followed by text, and ### only inside a ## section (the heading-order rule).
    if (!afterHeading && target > 450 && sinceHeading > 220) {
      block = `## ${fill(rng.pick(W.HEADINGS), slots)}`;
      inSection = true;
    } else if (!afterHeading && inSection && sinceHeading > 80 && rng.chance(0.1)) {
      block = `### ${rng.pick(W.SUBHEADINGS)}`;
    } else if (!afterHeading && extras < 2 && rng.chance(0.05)) {
      // At most one list and one table per article.
      block = extras === 0 && rng.chance(0.5) ? list(rng, s, slots) : extras === 0 ? table(rng, s, slots) : lastExtra === 'list' ? table(rng, s, slots) : list(rng, s, slots);
      lastExtra = block.startsWith('-') ? 'list' : 'table';
      extras++;
    } else block = paragraph(rng, slots, s.opd.domain, used);
    afterHeading = block.startsWith('#');
    sinceHeading = afterHeading ? 0 : sinceHeading + words(block);
    blocks.push(block);
    count += words(block);
  }
  if (blocks.at(-1)!.startsWith('#')) blocks.pop();
  if (rng.chance(0.1)) {
    const [label, href] = rng.pick(W.LINKS);
    blocks.push(`Informasi terkait dapat dilihat pada [${label}](${href}).`);
  }
  blocks.push(fill(rng.pick(W.CLOSINGS), slots));
  return `${blocks.join('\n\n')}\n`;
}
