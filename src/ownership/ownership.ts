/**
 * Who may change what: an OPD's editors change only `content/opd/<opd>/`; everything else — regency-wide
 * content (pemda.yaml, halaman/), other OPDs' folders, and code, workflows and scripts — needs a portal
 * admin. Editors must have write access for Decap's git backends and Decap has no per-user permissions, so
 * this check (run from the base branch, see .github/workflows/ownership.yml) and CODEOWNERS enforce it.
 */
import { parse } from 'yaml';

export interface Owners {
  admins: string[];
  /** OPD slug -> git user names allowed to edit its folder. */
  editors: Map<string, string[]>;
}

export interface OwnershipViolation {
  file: string;
  message: string;
  hint: string;
}

/** The OPD that owns a path, or '' for everything only admins may change (regency content, code). */
export function ownerOf(path: string): string {
  return /^content\/opd\/([^/]+)\//.exec(path)?.[1] ?? '';
}

/** Reads owners from pemda.yaml text and profile frontmatters (as on the base branch, so a PR cannot grant itself rights). */
export function ownersFrom(pemdaYaml: string, profiles: Map<string, string>): Owners {
  const pemda = (parse(pemdaYaml) ?? {}) as { admin?: string[] };
  const editors = new Map<string, string[]>();
  for (const [opd, text] of profiles) {
    const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
    const data = (parse(fm) ?? {}) as { editor?: unknown };
    editors.set(opd, Array.isArray(data.editor) ? data.editor.map(String) : []);
  }
  return { admins: pemda.admin ?? [], editors };
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Checks every changed path against the author's rights. */
export function checkOwnership(changed: string[], author: string, owners: Owners): OwnershipViolation[] {
  if (owners.admins.some((a) => same(a, author))) return [];
  const violations: OwnershipViolation[] = [];
  for (const file of changed) {
    const opd = ownerOf(file);
    if (opd === '') {
      violations.push({ file, message: `${author} bukan admin portal; berkas ini hanya boleh diubah admin Dinkominfo`, hint: 'Berkas umum, kode program dan alur kerja CI hanya boleh diubah admin (daftar `admin` di content/pemda.yaml). Minta admin Dinkominfo untuk mengubahnya.' });
    } else if (!(owners.editors.get(opd) ?? []).some((e) => same(e, author))) {
      violations.push({ file, message: `${author} tidak terdaftar sebagai editor OPD "${opd}"`, hint: `Setiap OPD hanya boleh mengubah foldernya sendiri. Bila Anda editor ${opd}, minta admin menambahkan nama pengguna Anda ke \`editor\` di content/opd/${opd}/profil.md.` });
    }
  }
  return violations;
}

/** `.github/CODEOWNERS`: each OPD folder owned by its editors plus the admins; the rest by the admins. */
export function codeowners(owners: Owners): string {
  const at = (names: string[]) => names.map((n) => `@${n}`).join(' ');
  // Later lines win: everything belongs to the admins, each OPD folder also to its editors.
  const lines = ['# Dibuat oleh `npm run codeowners` dari content/pemda.yaml dan profil OPD. Jangan diedit manual.', `* ${at(owners.admins)}`];
  for (const [opd, editors] of [...owners.editors].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`/content/opd/${opd}/ ${at([...editors, ...owners.admins])}`);
  }
  return lines.join('\n') + '\n';
}
