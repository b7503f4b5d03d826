/**
 * `sumber` of a dataset: the harvest contract that `npm run harvest` follows to fetch the dataset's data from the
 * system that produces it (docs/panen.md). Secrets never appear here: a request header names the environment
 * variable (a CI secret) that holds its value.
 */
import { z } from 'zod';
import { field } from './common.ts';

export const FORMAT_SUMBER = ['csv', 'json', 'ckan-datastore'] as const;
export type FormatSumber = (typeof FORMAT_SUMBER)[number];

/** Where the source's own secrets live: `PANEN_<NAMA>_<OPD>`; `PANEN_PR_` is the git host token's, never a source's. */
export const ENV_NAME = /^PANEN_[A-Z0-9]+(?:_[A-Z0-9]+)*$/;
const RESERVED_ENV = /^PANEN_PR_/;

/**
 * True for a header value that looks like the secret itself rather than a variable name: a scheme word
 * (`Bearer …`), lowercase or spaces, or a long run of letters and digits as tokens and keys are.
 */
export function looksLikeSecret(value: string): boolean {
  return /\s|[a-z]/.test(value) || /[A-Za-z0-9+/=-]{24,}/.test(value.replace(/_/g, ' ')) || (value.match(/\d/g)?.length ?? 0) >= 8;
}

const MIGRATION = 'pindahkan catatan ke `keterangan_sumber`; `sumber` kini kontrak panen: url, format (lihat docs/panen.md)';

/** A header value: the NAME of an environment variable, refused when it looks like the secret itself. */
const EnvNameSchema = z.string().superRefine((value, ctx) => {
  if (looksLikeSecret(value)) {
    ctx.addIssue({ code: 'custom', message: 'nilai header tampak seperti rahasia (token atau kata sandi); tulis NAMA variabel lingkungan, misalnya PANEN_TOKEN_DINKES, dan segera ganti token itu karena sudah tersimpan di riwayat git' });
  } else if (!ENV_NAME.test(value) || RESERVED_ENV.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'nilai header harus NAMA variabel lingkungan berawalan PANEN_ dan berakhiran nama OPD, misalnya PANEN_TOKEN_DINKES (PANEN_PR_… khusus token layanan git); simpan nilainya sebagai secret CI' });
  }
});

const COLUMN_NAME = /^[a-z][a-z0-9_]*$/;
/** Dotted path to the record list in a JSON response: `data`, `result.records`. */
const JSON_PATH = /^[A-Za-z_$][\w$-]*(\.[A-Za-z_$][\w$-]*)*$/;

export const SumberSchema = z.strictObject(
  {
    url: field(z.string().regex(/^https?:\/\/[^\s/?#]+[^\s]*$/, { message: 'alamat sumber harus diawali `https://` atau `http://`' }), 'Alamat sumber', 'Alamat ekspor data di sistem OPD; hostnya harus terdaftar di `panen.host_diizinkan` content/pemda.yaml.'),
    format: field(z.enum(FORMAT_SUMBER), 'Format sumber', 'csv, json, atau ckan-datastore (API datastore_search CKAN).'),
    data: field(z.string().regex(JSON_PATH, { message: 'jalur rekaman ditulis dengan titik, misalnya `result.records`' }).optional(), 'Letak rekaman (JSON)', 'Untuk format json: jalur ke daftar rekaman, misalnya data atau result.records; kosongkan bila JSON langsung berupa daftar.'),
    kolom: field(z.record(z.string().min(1), z.string().regex(COLUMN_NAME, { message: 'nama kolom kamus huruf kecil dengan garis bawah' })).optional(), 'Pemetaan kolom', 'Nama isian di sumber → nama kolom kamus; isian yang tidak disebut dibaca dengan nama yang sama.'),
    pemisah: field(z.enum([',', ';', 'tab']).optional(), 'Pemisah kolom sumber', 'Untuk format csv: pemisah kolom berkas sumber bila berbeda dari pemisah dataset.'),
    desimal: field(z.enum(['.', ',']).optional(), 'Tanda desimal sumber', 'Untuk format csv: tanda desimal berkas sumber bila berbeda dari tanda desimal dataset.'),
    header: field(z.record(z.string().regex(/^[A-Za-z0-9-]+$/, { message: 'nama header hanya huruf, angka dan tanda hubung' }), EnvNameSchema).optional(), 'Header permintaan', 'Nama header → NAMA variabel lingkungan yang berisi nilainya, misalnya Authorization: PANEN_TOKEN_DINKES; jangan tulis rahasianya.'),
    timeout: field(z.number().positive().max(120).default(30), 'Batas waktu (detik)', 'Lama menunggu jawaban sumber, paling lama 120 detik; default 30.'),
    batas_ukuran: field(z.number().positive().max(100).default(10), 'Batas ukuran (MB)', 'Ukuran jawaban terbesar yang diterima; default 10 MB.'),
  },
  // The field used to be a free-text note: say where that note goes now instead of "expected an object".
  { error: (issue) => (issue.code === 'invalid_type' && typeof issue.input === 'string' ? MIGRATION : undefined) },
);

export type SumberInput = z.input<typeof SumberSchema>;
export type Sumber = z.output<typeof SumberSchema>;
