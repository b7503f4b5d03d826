/**
 * The request message of /permohonan-informasi/, built in the browser from the fields of the Perki 1/2021 request
 * form, as a `mailto:` link to the PPID's official e-mail and a `https://wa.me/` link to its official WhatsApp
 * number. Pure functions: the page script (permohonan-composer.ts) and the tests share them. Nothing here sends
 * anything; the visitor's own mail or WhatsApp app does, when the visitor presses send there.
 */

/** The fields of the request form of Perki 1/2021 (formulir permohonan informasi publik). */
export const PESAN_FIELDS = ['nama', 'alamat', 'pekerjaan', 'telepon', 'email', 'rincian', 'tujuan', 'cara_memperoleh', 'cara_salinan'] as const;
export type PesanField = (typeof PESAN_FIELDS)[number];
export type PesanValues = Record<PesanField, string>;

/** What must be filled in; `kontak` stands for "a phone number or an e-mail address". */
export type Kekurangan = 'nama' | 'alamat' | 'kontak' | 'rincian' | 'tujuan' | 'cara_memperoleh' | 'cara_salinan';

/** The wording of the message, from the page (src/i18n/id.ts). */
export interface PesanText {
  subjek: string;
  salam: string;
  pembuka: string;
  penutup: string;
  label: Record<PesanField, string>;
}

/** The value of `cara_memperoleh` that asks for a copy, so `cara_salinan` is needed too. */
export const SALINAN = 'salinan';

/** The fields still missing, in form order (the PPID records the requester's name and address: UU 14/2008 Pasal 22). */
export function missingFields(values: PesanValues): Kekurangan[] {
  const empty = (field: PesanField) => values[field].trim() === '';
  const missing: Kekurangan[] = [];
  if (empty('nama')) missing.push('nama');
  if (empty('alamat')) missing.push('alamat');
  if (empty('telepon') && empty('email')) missing.push('kontak');
  if (empty('rincian')) missing.push('rincian');
  if (empty('tujuan')) missing.push('tujuan');
  if (empty('cara_memperoleh')) missing.push('cara_memperoleh');
  else if (values.cara_memperoleh === SALINAN && empty('cara_salinan')) missing.push('cara_salinan');
  return missing;
}

/** The message body: a greeting, one `label: value` line per filled field, and the requester's name. */
export function composeBody(values: PesanValues, text: PesanText, choiceLabel: (field: PesanField, value: string) => string): string {
  const lines = PESAN_FIELDS.filter((field) => values[field].trim() !== '')
    .filter((field) => field !== 'cara_salinan' || values.cara_memperoleh === SALINAN)
    .map((field) => `${text.label[field]}: ${choiceLabel(field, values[field].trim())}`);
  return [text.salam, '', text.pembuka, '', ...lines, '', text.penutup, values.nama.trim()].join('\n');
}

/** The e-mail subject: the fixed prefix and the start of the requested information. */
export function composeSubject(values: PesanValues, text: PesanText): string {
  const rincian = values.rincian.trim().replace(/\s+/g, ' ');
  return rincian ? `${text.subjek}: ${rincian.length > 60 ? `${rincian.slice(0, 59)}…` : rincian}` : text.subjek;
}

/** `mailto:` with subject and body (RFC 6068: percent-encoded, line breaks as CRLF). */
export function mailtoHref(to: string, subject: string, body: string): string {
  const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));
  return `mailto:${to}?subject=${encode(subject)}&body=${encode(body)}`;
}

/** WhatsApp's click-to-chat link with a prefilled message (https://wa.me/<number>?text=…). */
export function whatsappHref(number: string, text: string): string {
  return `https://wa.me/${number}?text=${encodeURIComponent(text)}`;
}

/**
 * An Indonesian phone number as WhatsApp wants it: digits only, country code 62, no leading 0 or + (`0812-0000-2910`
 * → `6281200002910`); null when it is not a mobile number.
 */
export function waNumber(phone: string): string | null {
  const digits = phone.replace(/[^0-9]/g, '');
  const national = digits.startsWith('62') ? digits.slice(2) : digits.startsWith('0') ? digits.slice(1) : digits;
  return /^8\d{7,12}$/.test(national) ? `62${national}` : null;
}
