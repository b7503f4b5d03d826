/**
 * Who may change what: an OPD's editors change only `content/opd/<opd>/`; everything else — regency-wide
 * content (pemda.yaml, halaman/), other OPDs' folders, and code, workflows and scripts — needs a portal
 * admin. The `editor` list of a profile is admin-only too, or an editor could grant rights to anyone.
 * Editors must have write access for Decap's git backends and Decap has no per-user permissions, so this
 * check (run from the base branch, see .github/workflows/ownership.yml and docs/keamanan.md) and CODEOWNERS
 * enforce it.
 */
import { parseSource } from '../content/source.ts';
import { classifyPath, opdOfPath } from '../content/paths.ts';

export interface Owners {
  admins: string[];
  /** OPD slug -> git user names allowed to edit its folder. */
  editors: Map<string, string[]>;
  /** The harvest account (`panen.akun`), which may change only harvested data (harvest.ts); none when unset. */
  harvester?: string;
}

export interface OwnershipViolation {
  file: string;
  /** The commit that made the change, when the check judged commit by commit. */
  commit?: string;
  message: string;
  hint: string;
}

/** The OPD that owns a path, or '' for everything only admins may change (regency content, code). */
export function ownerOf(path: string): string {
  return opdOfPath(path) ?? '';
}

/** The profile path of an OPD (where its `editor` list lives). */
export const profilePath = (opd: string) => `content/opd/${opd}/profil.md`;

/** A YAML list of user names as strings; anything else (missing, a scalar, a map) is no list. */
function names(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/**
 * The `editor` list of a profile (or `content/pemda.yaml`), read with the validator's own parser
 * (`parseSource`: strips a UTF-8 BOM, same frontmatter rule), so the check and the validator never read a
 * file differently. `undefined` when the file cannot be parsed at all (YAML error, no frontmatter).
 */
export function editorsOf(path: string, text: string): string[] | undefined {
  const source = parseSource(classifyPath(path), text);
  if (source.data === undefined) return undefined;
  return names((source.data as { editor?: unknown }).editor);
}

/** Reads owners from pemda.yaml text and profile texts (as on the base branch, so a PR cannot grant itself rights). */
export function ownersFrom(pemdaYaml: string, profiles: Map<string, string>): Owners {
  const pemda = parseSource(classifyPath('content/pemda.yaml'), pemdaYaml).data as { admin?: unknown; panen?: { akun?: unknown } } | undefined;
  const editors = new Map<string, string[]>();
  for (const [opd, text] of profiles) editors.set(opd, editorsOf(profilePath(opd), text) ?? []);
  const akun = pemda?.panen?.akun;
  return { admins: names(pemda?.admin), editors, ...(typeof akun === 'string' && akun.trim() ? { harvester: akun.trim() } : {}) };
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function isAdmin(account: string, owners: Owners): boolean {
  return owners.admins.some((a) => same(a, account));
}

/** The harvest account: judged by its own narrow rule, whatever other list it may also be on. */
export function isHarvester(account: string, owners: Owners): boolean {
  return owners.harvester !== undefined && same(owners.harvester, account);
}

/** Why `account` may not change `file`, or undefined when it may. Admins may change everything. */
export function pathViolation(file: string, account: string, owners: Owners): Omit<OwnershipViolation, 'file'> | undefined {
  if (isAdmin(account, owners)) return undefined;
  const opd = ownerOf(file);
  if (opd === '') {
    return { message: `${account} bukan admin portal; berkas ini hanya boleh diubah admin Dinkominfo`, hint: 'Berkas umum, kode program dan alur kerja CI hanya boleh diubah admin (daftar `admin` di content/pemda.yaml). Minta admin Dinkominfo untuk mengubahnya.' };
  }
  if (!(owners.editors.get(opd) ?? []).some((e) => same(e, account))) {
    return { message: `${account} tidak terdaftar sebagai editor OPD "${opd}"`, hint: `Setiap OPD hanya boleh mengubah foldernya sendiri. Bila Anda editor ${opd}, minta admin menambahkan nama pengguna Anda ke \`editor\` di ${profilePath(opd)}.` };
  }
  return undefined;
}

/** Checks every changed path against one account's rights. */
export function checkOwnership(changed: string[], account: string, owners: Owners): OwnershipViolation[] {
  const violations: OwnershipViolation[] = [];
  for (const file of changed) {
    const v = pathViolation(file, account, owners);
    if (v) violations.push({ file, ...v });
  }
  return violations;
}

/** `.github/CODEOWNERS`: each OPD folder owned by its editors plus the admins; the rest by the admins. */
export function codeowners(owners: Owners): string {
  const at = (names: string[]) => names.map((n) => `@${n}`).join(' ');
  // Later lines win: everything belongs to the admins, each OPD folder also to its editors. Changes to a
  // profile's `editor` list are refused for editors by the ownership check itself (judge.ts).
  const lines = ['# Dibuat oleh `npm run codeowners` dari content/pemda.yaml dan profil OPD. Jangan diedit manual.', `* ${at(owners.admins)}`];
  for (const [opd, editors] of [...owners.editors].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`/content/opd/${opd}/ ${at([...editors, ...owners.admins])}`);
  }
  return lines.join('\n') + '\n';
}
