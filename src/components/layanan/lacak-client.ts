/**
 * Browser code of /permohonan/lacak/ (progressive enhancement: without it the page lists every OPD's register): the
 * requester types a register number and sees its status, the answer deadline and the answer. Reads
 * /permohonan/lacak.json once, on the first search; writes with textContent only (register text is never HTML).
 */

import type { LacakRecord } from '../../exports/layanan.ts';
import { tanggalPanjang, wibDateString } from '../../lib/wib.ts';

/** One row of /permohonan/lacak.json (the type is erased: nothing of the exports module reaches the browser). */
type Record_ = LacakRecord;

interface Labels {
  json: string;
  loading: string;
  empty: string;
  notFound: string;
  error: string;
  late: string;
  extended: string;
  unanswered: string;
  row: string;
  fields: Record<'nomor' | 'opd' | 'informasi' | 'status' | 'diterima' | 'batas' | 'dijawab' | 'keberatan' | 'keberatanBatas', string>;
  status: Record<string, string>;
  hasil: Record<string, string>;
}

/** Today in WIB (UTC+7, no daylight saving), `YYYY-MM-DD`. */
/** What people type: lower case, spaces, a backslash for the slash. */
const normalise = (text: string) => text.trim().toUpperCase().replace(/\\/g, '/').replace(/\s*([/-])\s*/g, '$1').replace(/\s+/g, '');

/** One label/value pair; `tag` adds a warning tag after the value (e.g. "melewati batas"). */
function row(list: HTMLElement, label: string, value: string, tag?: string): void {
  const dt = Object.assign(document.createElement('dt'), { textContent: label });
  const dd = Object.assign(document.createElement('dd'), { textContent: value });
  if (tag) dd.append(' ', Object.assign(document.createElement('span'), { className: 'tag tag-alert', textContent: tag }));
  list.append(dt, ' ', dd, ' ');
}

function show(out: HTMLElement, r: Record_, labels: Labels): void {
  const now = wibDateString(new Date());
  const late = (condition: boolean) => (condition ? labels.late : undefined);
  const list = Object.assign(document.createElement('dl'), { className: 'dl' });
  row(list, labels.fields.nomor, r.nomor);
  row(list, labels.fields.opd, r.opd_nama);
  row(list, labels.fields.informasi, r.informasi);
  row(list, labels.fields.status, labels.status[r.status] ?? r.status, late(!r.dijawab && now > r.batas));
  row(list, labels.fields.diterima, tanggalPanjang(r.diterima));
  row(list, labels.fields.batas, `${tanggalPanjang(r.batas)}${r.diperpanjang ? ` (${labels.extended})` : ''}`);
  row(list, labels.fields.dijawab, r.dijawab ? tanggalPanjang(r.dijawab) : labels.unanswered, late(!!r.dijawab && r.dijawab > r.batas));
  if (r.keberatan) {
    const k = r.keberatan;
    row(list, labels.fields.keberatan, `${tanggalPanjang(k.diajukan)}: ${labels.hasil[k.ditanggapi && k.hasil ? k.hasil : 'belum']}`);
    row(list, labels.fields.keberatanBatas, tanggalPanjang(k.batas), late(!k.ditanggapi && now > k.batas));
  }
  const link = Object.assign(document.createElement('a'), { href: r.url, textContent: labels.row });
  out.replaceChildren(list, link);
}

/** Wires the form; call once. */
export function startLacak(): void {
  const form = document.getElementById('lacak-form') as HTMLFormElement | null;
  const input = document.getElementById('lacak-nomor') as HTMLInputElement | null;
  const out = document.getElementById('lacak-hasil');
  const labelsText = document.getElementById('lacak-labels')?.textContent;
  if (!form || !input || !out || !labelsText) return;
  const labels = JSON.parse(labelsText) as Labels;
  let data: Promise<Record<string, Record_>> | undefined;
  form.hidden = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const nomor = normalise(input.value);
    if (!nomor) return void (out.textContent = labels.empty);
    out.textContent = labels.loading;
    try {
      data ??= fetch(labels.json).then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status))))).then((d: { permohonan: Record<string, Record_> }) => d.permohonan);
      const found = (await data)[nomor];
      if (found) show(out, found, labels);
      else out.textContent = labels.notFound.replace('{nomor}', nomor);
    } catch {
      data = undefined;
      out.textContent = labels.error;
    }
  });
}
