/** Scoring policy, band thresholds, staleness dates, and the upload rules over parsed git output. */
import { describe, expect, it } from 'vitest';
import { analyseHistory, isUpload, lastChangeBefore, uploadEntryOf, uploadsIn } from '../../src/compliance/activity.ts';
import { parseGitLog, type History } from '../../src/compliance/history.ts';
import { kualifikasiOf, monthsBefore, wajibFor } from '../../src/compliance/policy.ts';
import { componentShares, scoreOpd, type ScoreInput } from '../../src/compliance/score.ts';
import { weekSerialOf } from '../../src/compliance/week.ts';
import { PemdaSchema, RINCIAN_CODES } from '../../src/schemas/index.ts';
import type { BerkalaItem } from '../../src/compliance/types.ts';

const kepatuhan = PemdaSchema.shape.kepatuhan.parse({});
const ambang = kepatuhan.ambang;

describe('bands of the internal index (the monev score ranges, thresholds from pemda.yaml)', () => {
  it('maps the boundaries of each band', () => {
    expect(kualifikasiOf(100, ambang)).toBe('sangat-patuh');
    expect(kualifikasiOf(90, ambang)).toBe('sangat-patuh');
    expect(kualifikasiOf(89.9, ambang)).toBe('patuh');
    expect(kualifikasiOf(80, ambang)).toBe('patuh');
    expect(kualifikasiOf(79.9, ambang)).toBe('cukup-patuh');
    expect(kualifikasiOf(60, ambang)).toBe('cukup-patuh');
    expect(kualifikasiOf(59.9, ambang)).toBe('kurang-patuh');
    expect(kualifikasiOf(40, ambang)).toBe('kurang-patuh');
    expect(kualifikasiOf(39.9, ambang)).toBe('perlu-perhatian');
    expect(kualifikasiOf(0, ambang)).toBe('perlu-perhatian');
  });

  it('follows thresholds changed in pemda.yaml', () => {
    expect(kualifikasiOf(85, { ...ambang, sangat_patuh: 85 })).toBe('sangat-patuh');
  });

  it('picks mandatory rincian per OPD kind, falling back to `semua`', () => {
    const policy = PemdaSchema.shape.kepatuhan.parse({ wajib: { semua: ['profil', 'pengaduan'], kecamatan: ['profil'] } });
    expect(wajibFor('kecamatan', policy, RINCIAN_CODES)).toEqual(['profil']);
    expect(wajibFor('dinas', policy, RINCIAN_CODES)).toEqual(['profil', 'pengaduan']);
    expect(wajibFor(undefined, kepatuhan, RINCIAN_CODES)).toHaveLength(11);
  });
});

describe('staleness date', () => {
  it('goes back calendar months in WIB, clamping the day', () => {
    const end = Date.parse('2026-08-31T00:00:00+07:00');
    expect(new Date(monthsBefore(end, 6)).toISOString()).toBe(new Date('2026-02-28T00:00:00+07:00').toISOString());
    const monday = Date.parse('2026-11-23T00:00:00+07:00');
    expect(new Date(monthsBefore(monday, 6)).toISOString()).toBe(new Date('2026-05-23T00:00:00+07:00').toISOString());
    expect(new Date(monthsBefore(Date.parse('2027-01-04T00:00:00+07:00'), 6)).toISOString()).toBe(new Date('2026-07-04T00:00:00+07:00').toISOString());
  });
});

const item = (status: BerkalaItem['status']): BerkalaItem => ({ rincian: 'pengaduan', huruf: 'h', label: '', status, judul: null, berkas: null, diperbarui: null });

function input(overrides: Partial<ScoreInput> = {}): ScoreInput {
  return {
    weeklyUploads: [1, 1, 1, 1],
    berkala: [item('ada'), item('ada')],
    dataset: [{ slug: 'a', judul: 'A', berkas: 'a.yaml', frekuensi: 'tahunan', diperbarui: '2026-01-01', valid: true, mutakhir: true }],
    profil: [{ kode: 'alamat', label: '', ok: true }],
    validasi: { kesalahan: 0, peringatan: 0, data_pribadi: 0 },
    integrasi: { terhubung: 0, terdaftar: 0 },
    ...overrides,
  };
}

describe('score', () => {
  it('is 100 when every component is met', () => {
    expect(scoreOpd(input(), kepatuhan, false).skor).toBe(100);
  });

  it('gives partial upload credit per week against the target and caps a busy week at 1', () => {
    const twoPerWeek = { ...kepatuhan, target_unggahan_per_minggu: 2 };
    expect(componentShares(input({ weeklyUploads: [1, 0, 5, 2] }), 2).unggahan).toBeCloseTo((0.5 + 0 + 1 + 1) / 4);
    expect(scoreOpd(input({ weeklyUploads: [1, 0, 5, 2] }), twoPerWeek, false).komponen.unggahan.poin).toBe(15.6);
  });

  it('counts a stale berkala item half and a missing one nothing', () => {
    expect(componentShares(input({ berkala: [item('ada'), item('basi'), item('tidak-ada'), item('tidak-ada')] }), 1).berkala).toBe(0.375);
  });

  it('gives the data component only for valid and fresh datasets, and nothing without datasets', () => {
    const stale = { slug: 'b', judul: 'B', berkas: 'b.yaml', frekuensi: 'bulanan', diperbarui: '2026-01-01', valid: true, mutakhir: false };
    expect(componentShares(input({ dataset: [...input().dataset, stale] }), 1).data).toBe(0.5);
    expect(componentShares(input({ dataset: [] }), 1).data).toBe(0);
  });

  it('halves validation for warnings and zeroes it for errors', () => {
    expect(componentShares(input({ validasi: { kesalahan: 0, peringatan: 3, data_pribadi: 0 } }), 1).validasi).toBe(0.5);
    expect(componentShares(input({ validasi: { kesalahan: 1, peringatan: 0, data_pribadi: 0 } }), 1).validasi).toBe(0);
  });

  it('uses the weights of pemda.yaml', () => {
    const policy = PemdaSchema.shape.kepatuhan.parse({ bobot: { unggahan: 50, berkala: 20, data: 10, profil: 10, validasi: 10 } });
    expect(scoreOpd(input({ weeklyUploads: [0, 0, 0, 0] }), policy, false).skor).toBe(50);
  });

  it('forces 0 when personal data was found, keeping the components for the page', () => {
    const result = scoreOpd(input(), kepatuhan, true);
    expect(result.skor).toBe(0);
    expect(result.komponen.berkala.poin).toBe(40);
  });
});

/** `git log -z --name-status --format=%x1e%ct` output, as git writes it. */
function gitOutput(commits: [number, string[][]][]): string {
  return commits.map(([t, changes]) => `\x1e${t}\0\n${changes.map((c) => c.join('\0')).join('\0')}\0`).join('');
}

const T = (iso: string) => Date.parse(iso) / 1000;

describe('git log parsing and upload rules', () => {
  const output = gitOutput([
    [T('2026-11-17T09:00:00+07:00'), [['A', 'content/opd/a/berita/2026-11-17-x.md'], ['A', 'content/opd/a/data/d.yaml'], ['A', 'content/opd/a/data/d.csv']]],
    [T('2026-11-18T09:00:00+07:00'), [['R100', 'content/opd/a/berita/2026-11-17-x.md', 'content/opd/a/berita/2026-11-17-y.md'], ['M', 'content/opd/a/profil.md']]],
    [T('2026-11-19T09:00:00+07:00'), [['R100', 'content/opd/a/berita/2026-11-17-y.md', 'content/opd/b/berita/2026-11-17-y.md'], ['C090', 'content/opd/a/dokumen/f.pdf', 'content/opd/b/dokumen/f.pdf']]],
    [T('2026-11-20T09:00:00+07:00'), [['D', 'content/opd/a/data/d.csv'], ['R087', 'content/opd/a/data/d.yaml', 'content/opd/a/data/e.yaml']]],
  ]);

  it('reads statuses, renames with similarity and copies', () => {
    const { changes, commits } = parseGitLog(output);
    expect(commits).toBe(4);
    expect(changes.map((c) => [c.status, c.path, c.from ?? '', c.similarity ?? ''])).toEqual([
      ['A', 'content/opd/a/berita/2026-11-17-x.md', '', ''],
      ['A', 'content/opd/a/data/d.yaml', '', ''],
      ['A', 'content/opd/a/data/d.csv', '', ''],
      ['R', 'content/opd/a/berita/2026-11-17-y.md', 'content/opd/a/berita/2026-11-17-x.md', 100],
      ['M', 'content/opd/a/profil.md', '', ''],
      ['R', 'content/opd/b/berita/2026-11-17-y.md', 'content/opd/a/berita/2026-11-17-y.md', 100],
      ['A', 'content/opd/b/dokumen/f.pdf', '', ''],
      ['D', 'content/opd/a/data/d.csv', '', ''],
      ['R', 'content/opd/a/data/e.yaml', 'content/opd/a/data/d.yaml', 87],
    ]);
  });

  it('treats a dataset (yaml + csv) and a document (md + file) as one entry each', () => {
    expect(uploadEntryOf('content/opd/a/data/d.csv')).toEqual({ opd: 'a', kind: 'data', key: 'data:d' });
    expect(uploadEntryOf('content/opd/a/data/d.yaml')!.key).toBe('data:d');
    expect(uploadEntryOf('content/opd/a/dokumen/f.pdf')!.key).toBe(uploadEntryOf('content/opd/a/dokumen/f.md')!.key);
    expect(uploadEntryOf('content/opd/a/profil.md')).toBeNull();
    expect(uploadEntryOf('content/pemda.yaml')).toBeNull();
  });

  it('counts uploads by week and kind under the rules', () => {
    const history: History = { source: 'git', perkiraan: false, ...parseGitLog(output) };
    const activity = analyseHistory(history);
    const week = weekSerialOf(Date.parse('2026-11-17T09:00:00+07:00'));
    // a: news + dataset (one entry for yaml+csv); the profile and the pure rename do not count; the
    // changed rename of the dataset (R087) is an upload of `data:e`.
    expect(uploadsIn(activity, 'a', week)).toEqual({ berita: 1, informasi: 0, data: 2, dokumen: 0, total: 3 });
    // b: the news moved in from a, and the copied document.
    expect(uploadsIn(activity, 'b', week)).toEqual({ berita: 1, informasi: 0, data: 0, dokumen: 1, total: 2 });
    expect(isUpload({ time: 0, status: 'D', path: 'content/opd/a/berita/x.md' })).toBe(false);
  });

  it('carries a file’s history across renames and forgets deleted files', () => {
    const activity = analyseHistory({ source: 'git', perkiraan: false, ...parseGitLog(output) });
    const moved = activity.files.get('content/opd/b/berita/2026-11-17-y.md')!;
    // Pure renames keep the first appearance and add no content change.
    expect(moved.first).toBe(T('2026-11-17T09:00:00+07:00') * 1000);
    expect(moved.changes).toEqual([moved.first]);
    expect(activity.files.has('content/opd/a/data/d.csv')).toBe(false);
    expect(lastChangeBefore(activity, ['content/opd/a/data/e.yaml'], Infinity)).toBe(T('2026-11-20T09:00:00+07:00') * 1000);
    expect(lastChangeBefore(activity, ['content/opd/a/data/e.yaml'], T('2026-11-19T00:00:00+07:00') * 1000)).toBe(T('2026-11-17T09:00:00+07:00') * 1000);
  });
});
