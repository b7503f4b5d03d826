/**
 * Every Indonesian UI string of the public site, in one flat map with dotted keys. Components call `t()`.
 * Sections are owned by feature areas; keep keys sorted within a section.
 */
export const id = {
  // --- umum (site) ---
  'site.sampleNotice': 'Seluruh isi portal ini adalah DATA CONTOH untuk uji coba, bukan data resmi.',

  // --- kepatuhan (compliance report) ---
  'kepatuhan.title': 'Kepatuhan PPID',
} as const;

export type UiKey = keyof typeof id;

/** Looks up a UI string; `{name}` placeholders are replaced from `vars`. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return id[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
