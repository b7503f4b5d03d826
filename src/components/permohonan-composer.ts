/**
 * Browser code of /permohonan-informasi/ (progressive enhancement): reveals the request form, and on "Susun pesan"
 * turns its fields into a `mailto:` link to the PPID's e-mail and a wa.me link to its WhatsApp number
 * (permohonan-pesan.ts). The typed data stays in this page: no request is made, nothing is stored; it leaves the
 * browser only when the visitor opens one of the links, into their own mail or WhatsApp app. Without this script
 * the form stays hidden and the page lists the e-mail, the WhatsApp number and the PDF forms.
 */
import {
  composeBody, composeSubject, mailtoHref, missingFields, PESAN_FIELDS, SALINAN, whatsappHref,
  type Kekurangan, type PesanField, type PesanText, type PesanValues,
} from './permohonan-pesan.ts';

/** What the page hands over in `<script type="application/json" id="permohonan-data">`. */
export interface ComposerData {
  email: string;
  /** The official WhatsApp number in wa.me form (`62812…`), or null when the regency has none. */
  whatsapp: string | null;
  text: PesanText;
  /** Radio values → their labels, for the message. */
  choices: Partial<Record<PesanField, Record<string, string>>>;
  /** Names of what is missing, and the sentence that lists them. */
  missing: Record<Kekurangan, string>;
  missingLead: string;
}

/** The form field that takes the focus for a missing item. */
const FOCUS_OF: Record<Kekurangan, string> = {
  nama: 'p-nama', alamat: 'p-alamat', kontak: 'p-telepon', rincian: 'p-rincian', tujuan: 'p-tujuan',
  cara_memperoleh: 'p-cara_memperoleh-0', cara_salinan: 'p-cara_salinan-0',
};

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} tidak ada di halaman`);
  return element as T;
}

function valuesOf(form: HTMLFormElement): PesanValues {
  const data = new FormData(form);
  return Object.fromEntries(PESAN_FIELDS.map((field) => [field, String(data.get(field) ?? '')])) as PesanValues;
}

/** Starts the composer; does nothing on a page without it. */
export function startComposer(): void {
  const dataElement = document.getElementById('permohonan-data');
  if (!dataElement) return;
  const data = JSON.parse(dataElement.textContent ?? '{}') as ComposerData;
  const root = byId('penyusun');
  const form = byId<HTMLFormElement>('permohonan-form');
  const errors = byId('permohonan-galat');
  const result = byId('permohonan-hasil');
  const mail = byId<HTMLAnchorElement>('kirim-email');
  const whatsapp = document.getElementById('kirim-whatsapp') as HTMLAnchorElement | null;
  const salinan = byId<HTMLFieldSetElement>('p-salinan');
  const choiceLabel = (field: PesanField, value: string) => data.choices[field]?.[value] ?? value;
  let composed = false;

  const syncSalinan = () => {
    // A copy is only delivered when one is asked for (Perki 1/2021 form: "cara mendapatkan salinan").
    salinan.disabled = valuesOf(form).cara_memperoleh !== SALINAN;
  };

  const compose = (announce: boolean) => {
    const values = valuesOf(form);
    const missing = missingFields(values);
    for (const element of form.querySelectorAll('[aria-invalid]')) element.removeAttribute('aria-invalid');
    if (missing.length > 0) {
      result.hidden = true;
      if (!announce) return;
      errors.textContent = `${data.missingLead} ${missing.map((m) => data.missing[m]).join(', ')}.`;
      errors.hidden = false;
      for (const m of missing) document.getElementById(FOCUS_OF[m])?.setAttribute('aria-invalid', 'true');
      document.getElementById(FOCUS_OF[missing[0]])?.focus();
      return;
    }
    errors.hidden = true;
    const body = composeBody(values, data.text, choiceLabel);
    mail.href = mailtoHref(data.email, composeSubject(values, data.text), body);
    if (whatsapp && data.whatsapp) whatsapp.href = whatsappHref(data.whatsapp, body);
    result.hidden = false;
    composed = true;
    if (announce) result.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    compose(true);
  });
  form.addEventListener('change', syncSalinan);
  // Once composed, the links follow every later edit, so what is sent is what is on the screen.
  form.addEventListener('input', () => {
    if (composed) compose(false);
  });
  syncSalinan();
  root.hidden = false;
}
