/**
 * The verdict: every commit of a pull/merge request against the rights of the account that pushed it, plus
 * rules that hold for everyone (no submodules in content/). Pure: git and the API are read elsewhere
 * (git.ts, activity.ts); messages are Indonesian because editors read them in the pull request.
 */
import type { Attribution } from './attribution.ts';
import { isAdmin, isHarvester, ownerOf, pathViolation, profilePath, type Owners, type OwnershipViolation } from './ownership.ts';

export interface CommitChange {
  sha: string;
  /** Every path the commit changes (for a merge: the paths that differ from every parent). */
  files: string[];
  /** Paths among `files` whose `editor` list differs from the parent's, or can no longer be read. */
  editorChanges: string[];
  /** Paths among `files` the harvest account may change as this commit changes them (harvest.ts); none when absent. */
  harvestable?: string[];
  /** Frozen DIP archives (`arsip/dip-<tahun>.json`) that a parent already had and this commit changes or deletes. */
  archiveRewrites?: string[];
}

const short = (sha: string) => sha.slice(0, 10);

/** Files whose `editor` list only admins may change: each OPD profile and the regency file. */
export function holdsEditorList(path: string): boolean {
  return path === 'content/pemda.yaml' || (ownerOf(path) !== '' && path === profilePath(ownerOf(path)));
}

/** True when two `editor` lists grant the same accounts (order and letter case do not grant anything). */
export function sameEditors(a: string[] | undefined, b: string[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const norm = (list: string[]) => [...new Set(list.map((n) => n.trim().toLowerCase()))].sort().join('\n');
  return norm(a) === norm(b);
}

/** Judges each commit against the rights of its pusher; an unattributable commit is refused outright. */
export function judgeCommits(changes: CommitChange[], attributions: Attribution[], owners: Owners): OwnershipViolation[] {
  const byCommit = new Map(attributions.map((a) => [a.commit, a]));
  const violations: OwnershipViolation[] = [];
  for (const change of changes) {
    const who = byCommit.get(change.sha);
    const where = `commit ${short(change.sha)}`;
    if (!who || 'error' in who) {
      const reason = who && 'error' in who ? who.error : 'tidak ada data push';
      const files = change.files.length ? change.files.join(', ') : '(tanpa perubahan berkas)';
      for (const file of change.files.length ? change.files : ['']) {
        violations.push({
          file,
          commit: change.sha,
          message: `${where} tidak dapat dikaitkan dengan akun yang memasukkannya ke cabang: ${reason}. Berkas: ${files}`,
          hint: 'Pemeriksaan hanya menerima commit yang pendorongnya tercatat oleh GitHub. Bila push baru saja terjadi, jalankan ulang pemeriksaan (Re-run). Bila commit berasal dari fork atau dari luar catatan, minta admin Dinkominfo memeriksanya lalu mendorongnya ulang ke cabang di repositori ini.',
        });
      }
      continue;
    }
    if (isHarvester(who.pusher, owners)) {
      violations.push(...harvesterViolations(change, who.pusher));
      continue;
    }
    for (const file of change.files) {
      const v = pathViolation(file, who.pusher, owners);
      if (v) violations.push({ file, commit: change.sha, message: `${where} (didorong oleh ${who.pusher}): ${v.message}`, hint: v.hint });
    }
    if (isAdmin(who.pusher, owners)) continue;
    for (const file of change.editorChanges) {
      // A path the pusher may not touch at all is reported above already.
      if (pathViolation(file, who.pusher, owners)) continue;
      violations.push({
        file,
        commit: change.sha,
        message: `${where} (didorong oleh ${who.pusher}) mengubah daftar \`editor\`; hanya admin portal yang boleh mengubahnya`,
        hint: 'Kolom lain di profil OPD boleh diubah editor OPD itu, tetapi daftar `editor` menentukan siapa yang boleh mengubah folder OPD. Kembalikan daftar `editor` seperti semula dan minta admin Dinkominfo menambah atau menghapus akun.',
      });
    }
    for (const file of change.archiveRewrites ?? []) {
      if (pathViolation(file, who.pusher, owners)) continue;
      violations.push({
        file,
        commit: change.sha,
        message: `${where} (didorong oleh ${who.pusher}) mengubah atau menghapus arsip DIP yang sudah dibekukan; arsip penetapan tidak boleh diubah`,
        hint: 'Arsip `arsip/dip-<tahun>.json` adalah daftar yang ditetapkan dengan keputusan tahun itu (npm run dip:tetapkan) dan diterbitkan apa adanya. Kembalikan berkas seperti semula. Informasi yang ditambahkan sesudahnya tampil sebagai "ditambahkan setelah penetapan" sampai penetapan tahun berikutnya; bila arsip memang keliru, minta admin Dinkominfo memperbaikinya.',
      });
    }
  }
  return violations;
}

/** The harvest account may change harvested data only: every other path (or change of it) is refused. */
function harvesterViolations(change: CommitChange, pusher: string): OwnershipViolation[] {
  const allowed = new Set(change.harvestable ?? []);
  return change.files.filter((file) => !allowed.has(file)).map((file) => ({
    file,
    commit: change.sha,
    message: `commit ${short(change.sha)} (didorong oleh ${pusher}, akun panen) mengubah berkas di luar hak akun panen`,
    hint: 'Akun panen hanya boleh mengubah CSV dataset yang metadatanya memuat `sumber`, log panen `content/opd/<opd>/panen.yaml` dan baris `diperbarui` metadata itu (docs/keamanan.md). Perubahan lain harus diajukan editor OPD atau admin Dinkominfo.',
  }));
}

/** Git submodules (gitlinks, mode 160000) under content/: refused for everyone, admins included. */
export function gitlinkViolations(gitlinks: string[]): OwnershipViolation[] {
  return gitlinks.map((file) => ({
    file,
    message: 'submodule git (gitlink) tidak boleh ada di dalam content/',
    hint: 'Isi portal harus berupa berkas biasa di repositori ini: submodule menunjuk ke repositori lain yang tidak diperiksa validator maupun pemeriksaan kepemilikan. Hapus submodule itu (`git rm`) dan salin berkasnya sebagai berkas biasa.',
  }));
}

/** Attributes every commit to one account: GitLab's pipeline user (see docs/keamanan.md). */
export function attributeAllTo(changes: CommitChange[], pusher: string): Attribution[] {
  return changes.map((c) => ({ commit: c.sha, pusher }));
}
