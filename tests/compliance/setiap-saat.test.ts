/** Mandatory setiap-saat items in the weekly report: found or missing per OPD kind, in the to-do list with the fix, scored only when weighted. */
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/compliance/activity.ts';
import { upgradeArchivedReport } from '../../src/compliance/archive.ts';
import { checkSetiapSaat } from '../../src/compliance/checks.ts';
import { wajibSetiapSaatFor } from '../../src/compliance/policy.ts';
import { componentShares, type ScoreInput } from '../../src/compliance/score.ts';
import { buildTodo } from '../../src/compliance/todo.ts';
import type { ArchivedReport } from '../../src/compliance/integrasi.ts';
import type { Entry } from '../../src/content/model.ts';
import { InformasiSchema, PemdaSchema, type Informasi } from '../../src/schemas/index.ts';

const policy = PemdaSchema.shape.kepatuhan.parse({ wajib_setiap_saat: { semua: ['sk-ppid', 'renstra-renja'], kecamatan: ['sk-ppid'] } });
// Without git history every file counts as present at the end of the week (estimated mode).
const noHistory = { uploads: new Map(), files: new Map(), history: { source: 'berkas' } } as unknown as Activity;
const END = Date.parse('2026-11-23T00:00:00+07:00');

function entry(slug: string, fields: Record<string, unknown>): Entry<Informasi> {
  const data = InformasiSchema.parse({
    judul: `Informasi ${slug}`, kategori: 'setiap-saat', ringkasan: 'Ringkasan isi informasi.', pejabat_penguasa: 'Subbagian Umum', penanggung_jawab: 'Sekretaris',
    waktu_pembuatan: 2026, tempat_pembuatan: 'Demak', bentuk: 'softcopy', retensi: 'selama berlaku', diperbarui: '2026-03-02', ...fields,
  });
  return { opd: 'dinkes', slug, path: `content/opd/dinkes/informasi/${slug}.md`, data, body: '' };
}

describe('mandatory setiap-saat items', () => {
  it('come from `wajib_setiap_saat` per OPD kind, `semua` otherwise, and default to the items every body has', () => {
    expect(wajibSetiapSaatFor('kecamatan', policy)).toEqual(['sk-ppid']);
    expect(wajibSetiapSaatFor('dinas', policy)).toEqual(['sk-ppid', 'renstra-renja']);
    expect(wajibSetiapSaatFor('dinas', PemdaSchema.shape.kepatuhan.parse({}))).toEqual(['daftar-informasi-publik', 'sk-ppid', 'renstra-renja', 'sop-pelayanan', 'laporan-layanan-informasi']);
  });

  it('reports an OPD missing a mandatory item, and the fix names the code and its legal basis', () => {
    const entries = [entry('sk', { setiap_saat: 'sk-ppid' }), entry('renstra-berkala', { kategori: 'berkala', rincian: 'program-kegiatan' })];
    const items = checkSetiapSaat(entries, 'dinas', policy, noHistory, END);
    expect(items.map((i) => [i.kode, i.status, i.berkas])).toEqual([
      ['sk-ppid', 'ada', 'content/opd/dinkes/informasi/sk.md'],
      ['renstra-renja', 'tidak-ada', null],
    ]);
    const todo = buildTodo({
      opd: 'dinkes', tahun: 2026, target: 1, basiSetelahBulan: 6, minggu: '2026-W47', unggahan: { berita: 1, informasi: 0, data: 0, dokumen: 0, total: 1 },
      berkala: [], setiapSaat: items, dataset: [], profil: { ada: true, butir: [] }, masalah: [],
    });
    expect(todo).toContain('Unggah Renstra dan Renja 2026 sebagai informasi setiap saat (`setiap_saat: renstra-renja`, UU 14/2008 Pasal 11 ayat (1) huruf d)');
    expect(todo.join('\n')).not.toContain('sk-ppid');
  });

  it('never goes stale: an item uploaded years ago is still present', () => {
    const [item] = checkSetiapSaat([entry('sk', { setiap_saat: 'sk-ppid', diperbarui: '2021-01-04' })], 'kecamatan', policy, noHistory, END);
    expect(item).toMatchObject({ status: 'ada', diperbarui: '2021-01-04' });
  });

  it('scores the share present, and a kind with none mandatory is complete', () => {
    const base = { weeklyUploads: [1], berkala: [], dataset: [], profil: [], validasi: { kesalahan: 0, peringatan: 0, data_pribadi: 0 }, integrasi: { terhubung: 0, terdaftar: 0 } } satisfies ScoreInput;
    const items = checkSetiapSaat([entry('sk', { setiap_saat: 'sk-ppid' })], 'dinas', policy, noHistory, END);
    expect(componentShares({ ...base, setiapSaat: items }, 1).setiap_saat).toBe(0.5);
    expect(componentShares({ ...base, setiapSaat: [] }, 1).setiap_saat).toBe(1);
    // The default weight is 0: listed, not scored (the sample pemda.yaml keeps it so).
    expect(PemdaSchema.shape.kepatuhan.parse({}).bobot.setiap_saat).toBe(0);
  });

  it('reads a versi 3 archive as having listed and scored nothing for it', () => {
    const sebaran = { 'sangat-patuh': 0, 'patuh': 0, 'cukup-patuh': 0, 'kurang-patuh': 0, 'perlu-perhatian': 1 };
    const v3 = {
      versi: 3, opd: [{ kualifikasi: 'perlu-perhatian', kualifikasi_sebelumnya: null, komponen: {} }],
      kebijakan: { bobot: {}, ambang: {} }, ringkasan: { sebaran, pembanding: null },
    } as unknown as ArchivedReport;
    const upgraded = upgradeArchivedReport(v3)!;
    expect(upgraded.versi).toBe(4);
    expect(upgraded.kebijakan.bobot.setiap_saat).toBe(0);
    expect(upgraded.opd[0]).toMatchObject({ setiap_saat: [], komponen: { setiap_saat: { nilai: 0, bobot: 0, poin: 0 } } });
  });
});
