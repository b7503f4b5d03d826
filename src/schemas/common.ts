/**
 * Building blocks shared by every content schema. Every field carries `.meta({ title, description })`:
 * the Indonesian label and hint that the validator and the generated CMS config show to editors.
 */
import { z } from 'zod';
import { parseWib } from '../lib/wib.ts';

/** Attaches the editor-facing label and hint to a field (one source for validator messages and CMS labels). */
export function field<T extends z.ZodType>(schema: T, title: string, description: string): T {
  return schema.meta({ title, description });
}

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Lowercase hyphenated identifier used in folder and file names. */
export const SlugSchema = z.string().regex(SLUG_PATTERN, {
  message: 'hanya huruf kecil a-z, angka 0-9 dan tanda hubung tunggal, misalnya `laporan-keuangan-2025`',
});

/**
 * Runs an object-level check even when some fields already failed, so an editor sees every problem in one
 * run (zod skips refinements after other issues by default). Checks must tolerate partial objects.
 */
export const EVEN_WITH_OTHER_ISSUES = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};

/** Free text that YAML may have read as a number (`2025`, `5`): kept as the text the editor wrote. */
export const LooseTextSchema = z.union([z.string(), z.number()]).transform(String).pipe(z.string().min(1));

/** Kemendagri region code of Demak: `33.21`, `33.21.01` or `33.21.01.2001`. */
export const KodeWilayahSchema = z.string().regex(/^33\.21(\.\d{2}(\.\d{4})?)?$/, {
  message: 'kode wilayah Kemendagri, misalnya `33.21.01` (kecamatan) atau `33.21.01.2001` (desa)',
});

/** Five-digit Indonesian postal code. */
export const KodePosSchema = z.string().regex(/^\d{5}$/, { message: 'kode pos terdiri dari 5 angka, misalnya `59511`' });

/** Official phone numbers: landline `(0291) 685877` or an official WhatsApp line. */
export const TeleponSchema = z.string().regex(/^[0-9+() .-]{6,24}$/, {
  message: 'nomor telepon hanya berisi angka, spasi, tanda kurung, titik, plus atau tanda hubung',
});

export const EmailSchema = z.string().regex(/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i, { message: 'alamat e-mail tidak valid' });

/** https URL (content may only link out over https). */
export const HttpsUrlSchema = z.string().regex(/^https:\/\/[^\s]+$/, { message: 'alamat harus diawali `https://`' });

const DATE_HINT = 'tulis `2026-11-20` atau `2026-11-20 09:30` (WIB)';

/**
 * A date or date-time in WIB. Accepts what YAML parsers produce (string, or Date for unquoted dates)
 * and outputs a Date. Issues carry `params.rule = 'date-wib'` so the validator reports them under that rule.
 */
export const WibDateSchema = z.union([z.string(), z.date()]).transform((value, ctx) => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      ctx.addIssue({ code: 'custom', message: `tanggal tidak valid; ${DATE_HINT}`, params: { rule: 'date-wib' } });
      return z.NEVER;
    }
    return value;
  }
  const parsed = parseWib(value);
  if (parsed.ok) return parsed.date;
  const message =
    parsed.reason === 'offset'
      ? `zona waktu harus WIB (+07:00); ${DATE_HINT}`
      : parsed.reason === 'invalid'
        ? `tanggal "${value}" tidak ada di kalender; ${DATE_HINT}`
        : `format tanggal "${value}" tidak dikenali; ${DATE_HINT}`;
  ctx.addIssue({ code: 'custom', message, params: { rule: 'date-wib' } });
  return z.NEVER;
});

const PATH_HINT = 'tulis jalur berkas relatif terhadap folder OPD, misalnya `dokumen/lra-2025.pdf` (tanpa `..` atau `/` di depan)';

/** True for a path relative to the OPD folder that cannot escape it (the files rule checks existence). */
function isInsidePath(p: string): boolean {
  return !p.startsWith('/') && !p.includes('\\') && !/^[a-z][a-z0-9+.-]*:/i.test(p) && !p.split('/').includes('..');
}

/** Relative path of a file inside the OPD folder, e.g. `dokumen/lra-2025.pdf`. */
export const OpdFilePathSchema = z.string().min(1).refine(isInsidePath, { message: `berkas berada di luar folder OPD; ${PATH_HINT}`, params: { rule: 'path-outside' } });

/** An attachment: a file inside the OPD folder or an https link. */
export const AttachmentRefSchema = z
  .string()
  .min(1)
  .refine((p) => /^https:\/\//.test(p) || isInsidePath(p), { message: `berkas berada di luar folder OPD; ${PATH_HINT}, atau tautan https://`, params: { rule: 'path-outside' } });
