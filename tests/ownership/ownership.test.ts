import { describe, expect, it } from 'vitest';
import { checkOwnership, codeowners, editorsOf, ownersFrom } from '../../src/ownership/ownership.ts';
import { holdsEditorList, sameEditors } from '../../src/ownership/judge.ts';

const owners = ownersFrom('admin: [admin-kominfo]\n', new Map([
  ['dinkes', '---\nnama: Dinas Kesehatan\neditor: [editor-dinkes]\n---\n'],
  ['bpbd', '---\nnama: BPBD\neditor: [editor-bpbd]\n---\n'],
]));

describe('ownership', () => {
  it('lets an editor change only their own OPD folder', () => {
    expect(checkOwnership(['content/opd/dinkes/berita/a.md', 'content/opd/dinkes/dokumen/x.pdf'], 'editor-dinkes', owners)).toEqual([]);
    const v = checkOwnership(['content/opd/dinkes/berita/a.md', 'content/opd/bpbd/berita/b.md', 'content/pemda.yaml'], 'Editor-Dinkes', owners);
    expect(v.map((x) => x.file)).toEqual(['content/opd/bpbd/berita/b.md', 'content/pemda.yaml']);
    expect(v[0].message).toContain('tidak terdaftar sebagai editor OPD "bpbd"');
  });

  it('lets admins change everything, and editors no code, scripts or workflows', () => {
    expect(checkOwnership(['content/pemda.yaml', 'content/opd/bpbd/profil.md', '.github/workflows/pr.yml'], 'admin-kominfo', owners)).toEqual([]);
    const v = checkOwnership(['src/lib/wib.ts', '.github/workflows/weekly-report.yml', 'scripts/check-ownership.ts'], 'editor-bpbd', owners);
    expect(v.map((x) => x.file)).toEqual(['src/lib/wib.ts', '.github/workflows/weekly-report.yml', 'scripts/check-ownership.ts']);
  });

  it('an OPD without a profile has no editors', () => {
    expect(checkOwnership(['content/opd/baru/profil.md'], 'editor-dinkes', owners)).toHaveLength(1);
  });

  it('reads profiles with the validator parser: a UTF-8 BOM or CRLF keeps the editors', () => {
    const bom = ownersFrom('\uFEFFadmin: [admin-kominfo]\r\n', new Map([['dinkes', '\uFEFF---\r\nnama: Dinkes\r\neditor: [editor-dinkes]\r\n---\r\n']]));
    expect(bom.admins).toEqual(['admin-kominfo']);
    expect(bom.editors.get('dinkes')).toEqual(['editor-dinkes']);
    expect(checkOwnership(['content/opd/dinkes/berita/a.md'], 'editor-dinkes', bom)).toEqual([]);
  });

  it('tells an unreadable profile (undefined) from one without editors ([])', () => {
    expect(editorsOf('content/opd/x/profil.md', '---\nnama: X\n---\n')).toEqual([]);
    expect(editorsOf('content/opd/x/profil.md', '---\neditor: [a, b\n---\n')).toBeUndefined();
    expect(editorsOf('content/opd/x/profil.md', 'tanpa frontmatter')).toBeUndefined();
    expect(sameEditors(['A', 'b'], ['b', 'a'])).toBe(true);
    expect(sameEditors(['a'], ['a', 'c'])).toBe(false);
    expect(sameEditors(undefined, ['a'])).toBe(false);
    expect(['content/pemda.yaml', 'content/opd/x/profil.md', 'content/opd/x/berita/profil.md'].map(holdsEditorList)).toEqual([true, true, false]);
  });

  it('writes CODEOWNERS: admins own everything, each OPD folder also its editors', () => {
    const lines = codeowners(owners).split('\n');
    expect(lines[1]).toBe('* @admin-kominfo');
    expect(lines).toContain('/content/opd/dinkes/ @editor-dinkes @admin-kominfo');
  });
});
