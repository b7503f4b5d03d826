/** One DIP entry (`content/opd/<opd>/informasi/<slug>.md`) in any of the four categories, and its updates. */
import { wibDateString, wibParts } from '../lib/wib.ts';
import { RINCIAN_CODES, type KategoriCode, type RincianCode } from '../schemas/rincian.ts';
import { suggestSlug } from '../validate/rules/filename.ts';
import { BENTUK, BERKALA, DIKECUALIKAN, RETENSI, SERTA_MERTA, SETIAP_SAAT } from './dip-templates.ts';
import { titleCase } from './domains.ts';
import type { OpdInfo, Wilayah } from './opds.ts';
import { fill, makeScene, makeSlots, sentence } from './prose.ts';
import type { Rng } from './random.ts';
import { BULAN } from './wordbank.ts';
import { markdownFile, type FrontValue } from './yaml-text.ts';

export interface Info {
  opd: string;
  path: string;
  kategori: KategoriCode;
  time: number;
  fields: Map<string, FrontValue>;
  body: string;
}

/** Share of each category among DIP entries (most are berkala; a few are exempted). */
const KATEGORI: [KategoriCode, number][] = [['berkala', 0.72], ['setiap-saat', 0.18], ['serta-merta', 0.07], ['dikecualikan', 0.03]];
/** Rincian that kecamatan do not publish (pemda.yaml `kepatuhan.wajib`). */
const HAZARD_DOMAINS = new Set(['bencana', 'kesehatan', 'rsud', 'lingkungan', 'kecamatan', 'infrastruktur', 'perhubungan']);
const NOT_KECAMATAN = new Set<RincianCode>(['ketenagakerjaan']);

const dateOnly = (ms: number) => wibDateString(new Date(ms));
const longDate = (ms: number) => {
  const p = wibParts(new Date(ms));
  return `${p.day} ${BULAN[p.month - 1]} ${p.year}`;
};

function title(rng: Rng, opd: OpdInfo, kategori: KategoriCode, rincian: RincianCode | undefined, vars: Record<string, string>): string {
  // Hazard alerts come from OPDs that handle hazards; the others announce service disruptions.
  const sertaMerta = HAZARD_DOMAINS.has(opd.domainKey) ? SERTA_MERTA.judul : SERTA_MERTA.judul.slice(2);
  const list = kategori === 'berkala' ? BERKALA[rincian!].judul : kategori === 'serta-merta' ? sertaMerta : kategori === 'setiap-saat' ? SETIAP_SAAT.judul : DIKECUALIKAN.judul;
  const slots = Object.fromEntries(Object.entries({ ...vars, opd: opd.singkatan }).map(([k, v]) => [k, () => v]));
  return fill(rng.pick(list), slots).slice(0, 200);
}

function uniqueSlug(judul: string, taken: Set<string>): string {
  const base = suggestSlug(judul).split('-').slice(0, 10).join('-');
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  taken.add(slug);
  return slug;
}

export function makeInfo(rng: Rng, opd: OpdInfo, wilayah: Wilayah, time: number, taken: Set<string>, pdfs: string[]): Info {
  const kategori = KATEGORI[rng.weighted(KATEGORI.map(([, w]) => w))][0];
  const rincian = kategori === 'berkala' ? rng.pick(RINCIAN_CODES.filter((r) => opd.jenis !== 'kecamatan' || !NOT_KECAMATAN.has(r))) : undefined;
  const scene = makeScene(rng, opd, wilayah, time);
  const p = wibParts(new Date(time));
  const vars = {
    tahun: String(p.year), tahunLalu: String(p.year - 1), semester: p.month <= 6 ? 'I' : 'II', triwulan: ['I', 'II', 'III', 'IV'][Math.floor((p.month - 1) / 3)],
    objek: titleCase(scene.objek), kecamatan: scene.kecamatan.nama, desa: scene.desa[0]?.nama ?? scene.kecamatan.nama,
    tanggal: longDate(time), ancaman: rng.pick(SERTA_MERTA.ancaman), bulan: BULAN[p.month - 1],
  };
  const judul = title(rng, opd, kategori, rincian, vars);
  const isi = kategori === 'berkala' ? BERKALA[rincian!].isi : kategori === 'serta-merta' ? SERTA_MERTA.isi : kategori === 'setiap-saat' ? SETIAP_SAAT.isi : DIKECUALIKAN.isi;
  const slug = uniqueSlug(judul, taken);
  const fields = new Map<string, FrontValue>([
    ['judul', judul], ['kategori', kategori], ['rincian', rincian],
    ['setiap_saat', kategori === 'setiap-saat' ? SETIAP_SAAT.kode.find(([opening]) => judul.startsWith(opening))![1] : undefined],
    ['ringkasan', `${judul} memuat ${isi}.`],
    ['pejabat_penguasa', opd.jabatan.length ? rng.pick(opd.jabatan) : `Sekretariat ${opd.singkatan}`],
    ['penanggung_jawab', opd.kepala.jabatan],
    ['waktu_pembuatan', rng.chance(0.5) ? String(p.year) : `${BULAN[p.month - 1]} ${p.year}`],
    ['tempat_pembuatan', opd.kecamatan ? opd.kecamatan.nama : 'Demak'],
    ['bentuk', rng.pick(BENTUK)], ['retensi', rng.pick(RETENSI)], ['diperbarui', dateOnly(time)],
  ]);
  let body = '';
  if (kategori === 'dikecualikan') {
    // An exempted entry states why and until when, never the content (no body, no attachment).
    fields.set('pengecualian', {
      ...rng.pick(DIKECUALIKAN.uji),
      penetapan: { nomor: `480/${rng.int(10, 899)}/${p.year}`, tanggal: dateOnly(time), pejabat: 'PPID Kabupaten Demak dengan persetujuan Sekretaris Daerah selaku Atasan PPID' },
    });
    fields.set('berlaku_hingga', dateOnly(time + rng.int(2, 5) * 365 * 86_400_000));
  } else {
    if (rng.chance(0.35)) {
      const local = pdfs.length > 0 && rng.chance(0.3);
      const berkas = local ? rng.pick(pdfs) : `https://jdih.demakkab.go.id/dokumen/${opd.slug}/${slug}.pdf`;
      fields.set('lampiran', [{ judul: `Dokumen ${judul}`.slice(0, 200), berkas }]);
    }
    if (rng.chance(0.6)) {
      const slots = makeSlots(rng, scene);
      const paragraphs = Array.from({ length: rng.int(1, 3) }, () => Array.from({ length: rng.int(2, 4) }, () => sentence(rng, slots, opd.domain)).join(' '));
      if (rincian === 'laporan-keuangan' || rincian === 'program-kegiatan') {
        const rows = Array.from({ length: rng.int(3, 8) }, (_, i) => `| ${i + 1} | ${titleCase(rng.pick(opd.domain.objek))} | ${rng.int(50, 2500)} | ${rng.int(40, 99)},${rng.int(0, 9)} |`);
        paragraphs.push(['| No | Program/kegiatan | Anggaran (Rp juta) | Realisasi (%) |', '|---:|---|---:|---:|', ...rows].join('\n'));
      }
      body = `${paragraphs.join('\n\n')}\n`;
    }
  }
  return { opd: opd.slug, path: `content/opd/${opd.slug}/informasi/${slug}.md`, kategori, time, fields, body };
}

export function renderInfo(info: Info): string {
  return markdownFile([...info.fields.entries()], info.body);
}

/** A periodic refresh: new `diperbarui` (what the staleness check reads) and, for berkala, a new production date. */
export function refreshInfo(info: Info, time: number): string {
  const p = wibParts(new Date(time));
  info.fields.set('diperbarui', dateOnly(time));
  if (info.kategori === 'berkala') info.fields.set('waktu_pembuatan', `${BULAN[p.month - 1]} ${p.year}`);
  return renderInfo(info);
}
