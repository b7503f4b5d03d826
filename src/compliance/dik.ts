/**
 * DIK entries whose exemption period has ended by the last day of the report week: each becomes a to-do for its OPD
 * until the PPID reviews it (a new consequence test extends it; else the information is published, UU 14/2008
 * Pasal 2 ayat (2): exemptions are "ketat dan terbatas"). The same test as the validator's `dik/kedaluwarsa`
 * (`pengecualianBerakhir`), judged as of the week instead of the day of the run, so a past week reads the same.
 */
import type { Entry } from '../content/model.ts';
import { tanggalPanjang, wibDateString } from '../lib/wib.ts';
import type { Informasi } from '../schemas/informasi.ts';
import { pengecualianBerakhir } from '../schemas/pengecualian.ts';
import { existedBefore, type Activity } from './activity.ts';

/** What the to-do says: the review and, failing an extension, publication. */
export const DIK_TODO = 'tinjau ulang; umumkan sebagai informasi terbuka bila tidak diperpanjang';

/** The validator's warning for the same fact (listed by this to-do instead of the warning count). */
export const DIK_RULE = 'dik/kedaluwarsa';

/** To-dos for the OPD's exempt entries that existed at `end` (exclusive) and whose period ended before its last day. */
export function dikTodo(entries: readonly Entry<Informasi>[], activity: Activity, end: number): string[] {
  const hariIni = wibDateString(new Date(end - 1));
  return entries
    .filter((e) => e.data.kategori === 'dikecualikan' && e.data.berlaku_hingga && existedBefore(activity, e.path, end))
    .filter((e) => pengecualianBerakhir(e.data.berlaku_hingga!, hariIni))
    .sort((a, b) => a.data.berlaku_hingga!.getTime() - b.data.berlaku_hingga!.getTime())
    .map((e) => `Pengecualian "${e.data.judul}" (${e.path}) berakhir ${tanggalPanjang(wibDateString(e.data.berlaku_hingga!))}: ${DIK_TODO}`);
}
