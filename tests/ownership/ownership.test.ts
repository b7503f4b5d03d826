import { describe, expect, it } from 'vitest';
import { checkOwnership, codeowners, ownersFrom } from '../../src/ownership/ownership.ts';

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

  it('lets admins change everything and ignores code paths', () => {
    expect(checkOwnership(['content/pemda.yaml', 'content/opd/bpbd/profil.md'], 'admin-kominfo', owners)).toEqual([]);
    expect(checkOwnership(['src/lib/wib.ts'], 'editor-bpbd', owners)).toEqual([]);
  });

  it('an OPD without a profile has no editors', () => {
    expect(checkOwnership(['content/opd/baru/profil.md'], 'editor-dinkes', owners)).toHaveLength(1);
  });

  it('writes CODEOWNERS per OPD folder', () => {
    expect(codeowners(owners)).toContain('/content/opd/dinkes/ @editor-dinkes @admin-kominfo\n');
  });
});
