/** One news item (`content/opd/<opd>/berita/<yyyy-mm-dd>-<slug>.md`): headline, WIB date, summary, tags, body. */
import { wibDateString, wibParts } from '../lib/wib.ts';
import { suggestSlug } from '../validate/rules/filename.ts';
import { titleCase } from './domains.ts';
import type { OpdInfo, Wilayah } from './opds.ts';
import { articleBody, fill, makeScene, makeSlots, type Scene } from './prose.ts';
import type { Rng } from './random.ts';
import { markdownFile } from './yaml-text.ts';

export interface News {
  opd: string;
  path: string;
  judul: string;
  time: number;
  text: string;
}

const T = titleCase;

const HEADLINES: ((s: Scene, n: number, desa: string) => string)[] = [
  (s, _, desa) => `${T(s.kegiatan)} ${T(s.objek)} di Desa ${desa}, Kecamatan ${s.kecamatan.nama}`,
  (s) => `${s.opd.singkatan} Gelar ${T(s.kegiatan)} ${T(s.objek)} di Kecamatan ${s.kecamatan.nama}`,
  (s, n) => `${n} ${T(s.peserta)} Ikuti ${T(s.kegiatan)} ${T(s.objek)}`,
  (s) => `Tingkatkan ${T(s.objek)}, ${s.opd.singkatan} Gelar ${T(s.kegiatan)} di ${s.kecamatan.nama}`,
  (s) => `${T(s.peserta)} ${s.kecamatan.nama} Ikuti ${T(s.kegiatan)} ${T(s.objek)}`,
  (s, _, desa) => `${s.opd.singkatan} Dorong ${T(s.objek)} Melalui ${T(s.kegiatan)} di Desa ${desa}`,
  (s) => `${T(s.kegiatan)} ${T(s.objek)} Tahun ${wibParts(new Date(s.time)).year} Dimulai di ${s.kecamatan.nama}`,
  (s, _, desa) => `Kepala ${s.opd.singkatan} Tinjau ${T(s.objek)} di Desa ${desa}`,
];

const SUMMARIES = [
  '{opd} menggelar {kegiatan} {objek} di {lokasi} yang diikuti {n} {peserta}.',
  '{kegiatan} {objek} berlangsung di {lokasi} pada {hari} sebagai bagian dari program {opd} tahun {tahun}.',
  'Sebanyak {n} {peserta} di Kecamatan {kecamatan} mengikuti {kegiatan} {objek} bersama {opd}.',
];

/** The headline, unique within the OPD (the validator warns about the same headline posted twice). */
function headline(rng: Rng, scene: Scene, titles: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const desa = scene.desa.length ? rng.pick(scene.desa).nama : scene.kecamatan.nama;
    let judul = rng.pick(HEADLINES)(scene, rng.int(15, 300), desa);
    if (attempt >= 6) judul = `${judul} Tahap ${attempt - 4}`;
    if (judul.length > 160) judul = judul.slice(0, 160).replace(/\s+\S*$/, '');
    const key = suggestSlug(judul);
    if (!titles.has(key)) {
      titles.add(key);
      return judul;
    }
  }
}

/** File slug: the headline's first words (editors shorten long headlines), unique within the OPD's folder. */
export function newsFileName(date: string, judul: string, taken: Set<string>): string {
  // Eight words, capped so that the file name stays within the validator's name limit.
  const slug = suggestSlug(judul).split('-').slice(0, 8).join('-').slice(0, 70).replace(/-+$/, '');
  let name = `${date}-${slug}`;
  for (let i = 2; taken.has(name); i++) name = `${date}-${slug}-${i}`;
  taken.add(name);
  return name;
}

export function makeNews(rng: Rng, opd: OpdInfo, wilayah: Wilayah, time: number, titles: Set<string>, names: Set<string>): News {
  const scene = makeScene(rng, opd, wilayah, time);
  const slots = makeSlots(rng, scene);
  const judul = headline(rng, scene, titles);
  const p = wibParts(new Date(time));
  const tanggal = `${wibDateString(new Date(time))} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
  let ringkasan = fill(rng.pick(SUMMARIES), slots);
  ringkasan = ringkasan.charAt(0).toUpperCase() + ringkasan.slice(1);
  if (ringkasan.length > 300) ringkasan = `${ringkasan.slice(0, 296).replace(/\s+\S*$/, '')}.`;
  const tags = rng.sample(opd.domain.tag, rng.int(1, 3));
  if (rng.chance(0.5)) tags.push(scene.kecamatan.nama.toLowerCase());
  const body = articleBody(rng, scene, slots, rng.logNormal(380, 0.55, 150, 1420));
  const name = newsFileName(wibDateString(new Date(time)), judul, names);
  const text = markdownFile([['judul', judul], ['tanggal', tanggal], ['ringkasan', ringkasan], ['tag', tags]], body);
  return { opd: opd.slug, path: `content/opd/${opd.slug}/berita/${name}.md`, judul, time, text };
}

/** An editor's correction: a note appended to the article (the file keeps its name and date). */
export function correctNews(rng: Rng, news: News, time: number): string {
  const what = rng.pick(['penulisan nama desa', 'jumlah peserta', 'keterangan waktu kegiatan', 'kutipan narasumber']);
  news.text = `${news.text.trimEnd()}\n\n*Berita ini diperbarui pada ${wibDateString(new Date(time))} untuk memperbaiki ${what}.*\n`;
  return news.text;
}
