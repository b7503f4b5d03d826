/**
 * The structure of a NIK (Nomor Induk Kependudukan, UU 24/2013 Administrasi Kependudukan, issued by
 * Dukcapil under the Permendagri on population registration): the 6-digit Kemendagri region code of the
 * place of registration (province, kabupaten/kota, kecamatan; Permendagri 137/2017 on region codes, current
 * list Kepmendagri 300.2.2-2138/2025), the birth date DDMMYY (DD + 40 for women) and a 4-digit serial.
 * A No. KK has the same region prefix and 16 digits. Pure: no Node imports (reused by the CMS in the browser).
 */

/** Province codes of Indonesia (Kemendagri), the first two digits of a NIK. */
export const PROVINCES: ReadonlySet<number> = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97,
]);

const field = (digits: string, from: number) => Number(digits.slice(from, from + 2));

/** Birth day of the NIK date field, with the +40 of women removed; 0 when impossible. */
function birthDay(dd: number): number {
  const day = dd > 40 ? dd - 40 : dd;
  return day >= 1 && day <= 31 ? day : 0;
}

/** A 16-digit number shaped like a NIK: known province, non-zero kabupaten and kecamatan, a real day and month, serial > 0. */
export function looksLikeNik(digits: string): boolean {
  if (!/^\d{16}$/.test(digits)) return false;
  return plausibleNikPrefix(digits, 12) && Number(digits.slice(12)) > 0;
}

/**
 * True when the first `significant` digits of a 16-digit number agree with the NIK structure. Used for
 * numbers whose tail was lost: Excel keeps 15 significant digits and writes `3.32101570890000E+15`, so
 * the serial of a NIK typed into a numeric cell becomes zeros. Needs at least the 6-digit region prefix.
 */
export function plausibleNikPrefix(digits: string, significant: number): boolean {
  if (!/^\d{16}$/.test(digits) || significant < 6) return false;
  if (!PROVINCES.has(field(digits, 0)) || field(digits, 2) === 0 || field(digits, 4) === 0) return false;
  if (significant >= 8 && birthDay(field(digits, 6)) === 0) return false;
  if (significant >= 10 && (field(digits, 8) < 1 || field(digits, 8) > 12)) return false;
  return true;
}

/**
 * A NIK, or a NIK after Excel: Excel keeps 15 significant digits, so a NIK with serial 0001–0009 typed into
 * a numeric cell comes back as `…0000` (a serial no real NIK has). Everything else must be NIK-shaped.
 */
export function looksLikeNikOrExcelNik(digits: string): boolean {
  return looksLikeNik(digits) || (/^\d{12}0000$/.test(digits) && plausibleNikPrefix(digits, 12));
}
