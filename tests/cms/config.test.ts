/** The generated CMS config stays one-to-one with the zod schemas, and stays inside the OPD's folder. */
import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { backendConfig, buildCmsConfig, CMS_KINDS, CMS_ONLY_FIELDS, CMS_SCHEMAS, NOW, OVERRIDES, schemaFields, type CmsKind } from '../../src/cms/config.ts';
import { shapeOf, unwrap, type CmsField } from '../../src/cms/fields.ts';
import { checkEntry, cleanEntry } from '../../src/cms/save-check.ts';
import { portalFileName, uniqueFileName } from '../../src/cms/upload-names.ts';
import { toInputValue, wibNow, csvHeader, resolveNowDefaults } from '../../src/cms/widget-helpers.ts';
import { dndText, translateConfirm, translateNotice } from '../../src/cms/decap-english.ts';
import { localBackendUrl } from '../../src/cms/local-backend.ts';
import { BUILT_IN_WIDGETS, DECAP_BACKENDS, DECAP_WIDGETS, PORTAL_WIDGETS } from '../../src/cms/decap-parts.ts';
import { PemdaSchema } from '../../src/schemas/index.ts';
import { PASAL_17 } from '../../src/schemas/pengecualian.ts';
import { PENGECUALIAN } from '../fixtures/pengecualian.ts';

type Def = { type: string; element?: z.ZodType; entries?: Record<string, string> };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Every mismatch between schema keys and CMS fields, recursively (objects and lists of objects). Inside an optional
 * object (`inOptional`) required keys are optional in the CMS: the save check holds a filled object to the schema.
 */
function mismatches(schema: z.ZodType, fields: CmsField[], path: string, extra: readonly string[] = [], inOptional = false): string[] {
  const shape = shapeOf(schema);
  const out: string[] = [];
  const byName = new Map(fields.map((f) => [f.name, f]));
  for (const [key, child] of Object.entries(shape)) {
    const field = byName.get(key);
    const where = `${path}${key}`;
    if (!field) {
      out.push(`${where}: kolom skema tanpa widget CMS`);
      continue;
    }
    const { inner, optional, hasDefault } = unwrap(child);
    const required = !optional && !hasDefault;
    if (required && field.required === false && !inOptional) out.push(`${where}: wajib di skema, opsional di CMS`);
    // A conditionally required field (widget `bersyarat`) is optional in the schema and checked by its rule.
    const conditional = field.widget === 'bersyarat' && !!field.required_when;
    if (!required && field.required !== false && !conditional) out.push(`${where}: opsional di skema, wajib di CMS`);
    const def = defOf(inner);
    if (def.type === 'enum') {
      const values = (field.options ?? []).map((o) => o.value);
      if (JSON.stringify(values) !== JSON.stringify(Object.values(def.entries ?? {}))) out.push(`${where}: pilihan berbeda dari skema`);
    }
    const objectSchema = def.type === 'object' ? inner : def.type === 'array' && defOf(unwrap(def.element!).inner).type === 'object' ? unwrap(def.element!).inner : undefined;
    if (objectSchema) out.push(...mismatches(objectSchema, field.fields ?? [], `${where}.`, [], inOptional || (def.type === 'object' && !required)));
  }
  for (const field of fields) {
    if (!(field.name in shape) && !extra.includes(field.name)) out.push(`${path}${field.name}: widget CMS tanpa kolom skema`);
  }
  return out;
}

/** The dotted paths `fieldsOf` gives its fields (the keys an override can use): `kolom.tipe`, `telepon.item`. */
function fieldPaths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const path = `${prefix}${f.name}`;
    const nested = [...(f.fields ? fieldPaths(f.fields, `${path}.`) : []), ...(f.field ? fieldPaths([f.field], `${path}.`) : [])];
    return [path, ...nested];
  });
}

const pemda = PemdaSchema.parse({
  nama: 'Pemerintah Kabupaten Demak', singkatan: 'Pemkab Demak', kode_wilayah: '33.21', situs: 'https://ppid.demakkab.go.id',
  alamat: 'Jl. Kyai Singkil No. 7', kode_pos: '59511', telepon: ['(0291) 685877'], email: 'ppid@demakkab.go.id', ppid_utama: 'dinkominfo',
  cms: { backend: 'github', repo: 'pemkab-demak/ppid-demak' },
});
const opd = { slug: 'dinkes', nama: 'Dinas Kesehatan', singkatan: 'Dinkes' };

function collectionFields(config: Record<string, unknown>, kind: CmsKind): CmsField[] {
  const collection = (config.collections as Record<string, unknown>[]).find((c) => c.name === `${kind}-${opd.slug}`)!;
  const fields = (collection.fields ?? (collection.files as { fields: CmsField[] }[])[0].fields) as CmsField[];
  return fields;
}

const validInformasi = {
  judul: 'Ringkasan Laporan Keuangan 2025', kategori: 'berkala', rincian: 'laporan-keuangan', ringkasan: 'Realisasi anggaran 2025.',
  pejabat_penguasa: 'Subbagian Keuangan', penanggung_jawab: 'Sekretaris Dinas', waktu_pembuatan: '2026', tempat_pembuatan: 'Demak',
  bentuk: 'softcopy', retensi: '5 tahun', diperbarui: '2026-01-10',
};

describe('CMS config from the schemas', () => {
  test.each(CMS_KINDS)('%s: every schema field has a widget and every widget a schema field', (kind) => {
    const config = buildCmsConfig(pemda, opd);
    expect(mismatches(CMS_SCHEMAS[kind], collectionFields(config, kind), '', CMS_ONLY_FIELDS[kind])).toEqual([]);
  });

  test('the check fails when a schema field has no widget or a widget no schema field', () => {
    const fields = schemaFields('berita');
    const withoutJudul = fields.filter((f) => f.name !== 'judul');
    expect(mismatches(CMS_SCHEMAS.berita, withoutJudul, '')).toContain('judul: kolom skema tanpa widget CMS');
    const withExtra = [...fields, { name: 'penulis', label: 'Penulis', widget: 'string' }];
    expect(mismatches(CMS_SCHEMAS.berita, withExtra, '')).toContain('penulis: widget CMS tanpa kolom skema');
  });

  test.each(CMS_KINDS)('%s: every presentation override names a field of the schema', (kind) => {
    const paths = new Set(fieldPaths(schemaFields(kind)));
    expect(Object.keys(OVERRIDES[kind]).filter((key) => !paths.has(key))).toEqual([]);
  });

  test('the override check sees nested paths and fails on a stale one', () => {
    const paths = fieldPaths(schemaFields('dataset'));
    expect(paths).toEqual(expect.arrayContaining(['kolom', 'kolom.tipe', 'kolom.deskripsi', 'diperbarui']));
    expect(fieldPaths(schemaFields('profil'))).toContain('telepon.item');
    expect(paths).not.toContain('kolom.keterangan');
    expect(paths).not.toContain('tanggal');
  });

  test('labels and hints are the Indonesian field docs of the schema', () => {
    const judul = schemaFields('berita').find((f) => f.name === 'judul')!;
    expect(judul).toMatchObject({ label: 'Judul', hint: 'Judul berita, 10–160 karakter.', widget: 'string', required: true });
    const rincian = schemaFields('informasi').find((f) => f.name === 'rincian')!;
    expect(rincian.options?.[3]).toEqual({ value: 'laporan-keuangan', label: 'd. Ringkasan laporan keuangan' });
    expect(rincian.options).toHaveLength(11);
  });

  test('a setiap-saat entry picks its item from a select that is required for setiap-saat only; berkala sub-items name their rincian', () => {
    const fields = collectionFields(buildCmsConfig(pemda, opd), 'informasi');
    const setiapSaat = fields.find((f) => f.name === 'setiap_saat')!;
    expect(setiapSaat).toMatchObject({ widget: 'bersyarat', base_widget: 'select', label: 'Jenis informasi setiap saat', required: true });
    expect(setiapSaat.required_when).toMatchObject({ field: 'kategori', equals: 'setiap-saat' });
    expect(setiapSaat.options).toContainEqual({ value: 'sk-ppid', label: 'Surat keputusan penunjukan PPID (UU 14/2008 Pasal 11 ayat (1) huruf b; UU 14/2008 Pasal 13 ayat (1) huruf a)' });
    const subrincian = fields.find((f) => f.name === 'subrincian')!;
    expect(subrincian).toMatchObject({ widget: 'select', required: false });
    expect(subrincian.options).toContainEqual({ value: 'neraca', label: 'd. Neraca' });
    // A berkala entry without the item saves; a setiap-saat entry without it does not.
    expect(CMS_SCHEMAS.informasi.safeParse(validInformasi).success).toBe(true);
    expect(CMS_SCHEMAS.informasi.safeParse({ ...validInformasi, kategori: 'setiap-saat' }).success).toBe(false);
  });

  test('conditional widgets follow the schema: the field is required exactly when the schema says so', () => {
    for (const field of schemaFields('informasi').filter((f) => f.required_when)) {
      const rule = field.required_when!;
      const entry: Record<string, unknown> = { ...validInformasi, pengecualian: PENGECUALIAN, berlaku_hingga: '2028-12-31', [rule.field]: rule.equals };
      if (rule.equals === 'dikecualikan') delete entry.rincian;
      if (rule.equals === 'setiap-saat') entry.setiap_saat = 'sk-ppid';
      const complete = CMS_SCHEMAS.informasi.safeParse(entry);
      expect(complete.success ? [] : complete.error.issues.map((i) => i.path.join('.')), field.name).not.toContain(field.name);
      delete entry[field.name];
      const missing = CMS_SCHEMAS.informasi.safeParse(entry);
      expect(missing.success ? [] : missing.error.issues.map((i) => i.path.join('.')), field.name).toContain(field.name);
    }
  });

  test('an OPD profile lists its DIP/DIK adoption decrees: year, number, date only, the decree PDF as an upload, what it adopts', () => {
    const field = collectionFields(buildCmsConfig(pemda, opd), 'profil').find((f) => f.name === 'penetapan_dip')!;
    expect(field).toMatchObject({ widget: 'list', label: 'Penetapan DIP dan DIK', required: false, label_singular: 'keputusan' });
    const sub = new Map((field.fields ?? []).map((f) => [f.name, f]));
    expect([...sub.keys()]).toEqual(['tahun', 'nomor', 'tanggal', 'berkas', 'menetapkan']);
    expect(sub.get('tahun')).toMatchObject({ widget: 'number', required: true });
    expect(sub.get('tanggal')).toMatchObject({ date_only: true, required: true });
    expect(sub.get('berkas')).toMatchObject({ widget: 'file', required: true });
    expect(sub.get('menetapkan')?.options?.map((o) => o.value)).toEqual(['dip', 'dik', 'dip-dik']);
    expect(sub.get('menetapkan')).toMatchObject({ required: false });
  });

  test('a DIK entry\'s consequence test is one folded group: Pasal 17 grounds in one multi-select, the decision with a public file', () => {
    const fields = schemaFields('informasi');
    expect(fields.map((f) => f.name)).not.toContain('dasar_hukum');
    const group = fields.find((f) => f.name === 'pengecualian')!;
    expect(group).toMatchObject({ widget: 'object', label: 'Uji konsekuensi (informasi dikecualikan)', required: false, collapsed: true });
    expect(group.fields!.map((f) => [f.name, f.label])).toEqual([
      ['pasal', 'Dasar pengecualian (UU 14/2008 Pasal 17)'], ['undang_undang', 'Undang-undang sektoral'], ['alasan', 'Alasan pengecualian'],
      ['konsekuensi', 'Konsekuensi bila dibuka'], ['kepentingan_publik', 'Pertimbangan kepentingan publik'], ['penetapan', 'Penetapan'],
    ]);
    const pasal = group.fields![0];
    expect(pasal).toMatchObject({ widget: 'select', multiple: true });
    expect(pasal.field).toBeUndefined();
    expect(pasal.options).toHaveLength(PASAL_17.length);
    expect(pasal.options).toContainEqual({ value: 'h-2', label: 'Pasal 17 huruf h angka 2: rahasia pribadi: riwayat, kondisi dan perawatan, pengobatan kesehatan fisik, dan psikis seseorang' });
    const penetapan = group.fields!.find((f) => f.name === 'penetapan')!;
    expect(penetapan.fields!.map((f) => [f.name, f.widget])).toEqual([['nomor', 'string'], ['tanggal', 'wib-datetime'], ['pejabat', 'string'], ['berkas', 'file']]);
    expect(penetapan.fields!.find((f) => f.name === 'tanggal')).toMatchObject({ date_only: true });
    // Inside an optional group every field is optional for Decap; the save check holds a filled group to the schema.
    expect(penetapan.fields!.every((f) => f.required === false)).toBe(true);
  });

  test('an application names its datasets by picking among the same OPD\'s datasets (their slugs are stored)', () => {
    const dataset = collectionFields(buildCmsConfig(pemda, opd), 'aplikasi').find((f) => f.name === 'dataset')!;
    expect(dataset).toMatchObject({ widget: 'relation', collection: 'dataset-dinkes', value_field: '{{slug}}', multiple: true, required: false });
    expect(dataset.field).toBeUndefined();
    expect(dataset.pattern).toBeUndefined();
    const integrasi = collectionFields(buildCmsConfig(pemda, opd), 'aplikasi').find((f) => f.name === 'integrasi')!;
    expect(integrasi.options?.map((o) => o.label)).toEqual(['Dipanen otomatis ke portal', 'Diunggah manual oleh editor', 'Belum terhubung ke portal']);
  });

  test('every collection, media folder and file of an OPD config lies inside content/opd/<opd>/', () => {
    const config = buildCmsConfig(pemda, opd);
    const text = JSON.stringify(config);
    const paths = [...text.matchAll(/"(?:folder|file|media_folder)":"([^"]*)"/g)].map((m) => m[1]).filter((p) => p !== '');
    expect(paths.length).toBeGreaterThan(5);
    for (const p of paths) expect(p.replace(/^\//, '')).toMatch(/^content\/opd\/dinkes\//);
    for (const c of config.collections as { name: string }[]) expect(c.name).toMatch(/-dinkes$/);
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.locale).toBe('id');
  });

  test('backends: GitLab self-managed with PKCE, Gitea without editorial workflow', () => {
    const gitlab = buildCmsConfig({ ...pemda, cms: { backend: 'gitlab', repo: 'pemkab/ppid', branch: 'main', api_root: 'https://git.demakkab.go.id/api/v4', base_url: 'https://git.demakkab.go.id', app_id: 'abc123' } }, opd);
    expect(gitlab.backend).toMatchObject({ name: 'gitlab', repo: 'pemkab/ppid', auth_type: 'pkce', app_id: 'abc123', api_root: 'https://git.demakkab.go.id/api/v4' });
    expect(gitlab.publish_mode).toBe('editorial_workflow');
    const gitea = buildCmsConfig({ ...pemda, cms: { backend: 'gitea', repo: 'pemkab/ppid', branch: 'cms', api_root: 'https://git.demakkab.go.id/api/v1', app_id: 'x' } }, opd);
    expect(gitea.backend).toMatchObject({ name: 'gitea', branch: 'cms', api_root: 'https://git.demakkab.go.id/api/v1' });
    expect(gitea.publish_mode).toBe('simple');
  });

  test('backends: Forgejo with its API address and the editorial workflow', () => {
    const forgejo = buildCmsConfig({ ...pemda, cms: { backend: 'forgejo', repo: 'pemkab/ppid', branch: 'main', api_root: 'https://git.demakkab.go.id/api/v1', app_id: 'c1' } }, opd);
    expect(forgejo.backend).toMatchObject({ name: 'forgejo', repo: 'pemkab/ppid', branch: 'main', api_root: 'https://git.demakkab.go.id/api/v1', app_id: 'c1' });
    expect(forgejo.publish_mode).toBe('editorial_workflow');
    const fromBase = buildCmsConfig({ ...pemda, cms: { backend: 'forgejo', repo: 'pemkab/ppid', branch: 'main', base_url: 'https://git.demakkab.go.id/' } }, opd);
    expect(fromBase.backend).toMatchObject({ api_root: 'https://git.demakkab.go.id/api/v1' });
    expect(() => buildCmsConfig({ ...pemda, cms: { backend: 'forgejo', repo: 'pemkab/ppid', branch: 'main' } }, opd)).toThrow(/api_root/);
    expect(PemdaSchema.shape.cms.parse({ backend: 'forgejo', repo: 'pemkab/ppid' }).backend).toBe('forgejo');
  });

  test('"now" defaults become the WIB time before Decap starts, and nothing else changes', () => {
    const config = buildCmsConfig(pemda, opd);
    expect(JSON.stringify(config)).toContain(NOW);
    const instant = new Date('2026-11-19T18:05:00Z'); // 20 Nov 01:05 WIB
    const resolved = resolveNowDefaults(config, instant);
    expect(JSON.stringify(resolved)).not.toContain(NOW);
    expect(collectionFields(resolved, 'berita').find((f) => f.name === 'tanggal')?.default).toBe('2026-11-20 01:05');
    expect(collectionFields(resolved, 'informasi').find((f) => f.name === 'diperbarui')?.default).toBe('2026-11-20');
    expect(collectionFields(resolved, 'profil').find((f) => f.name === 'diperbarui')?.default).toBe('2026-11-20');
    expect(collectionFields(config, 'berita').find((f) => f.name === 'tanggal')?.default).toBe(NOW); // input untouched
    const withoutDefaults = (c: Record<string, unknown>) => JSON.stringify(c).replace(/"default":"[^"]*"/g, '');
    expect(withoutDefaults(resolved)).toBe(withoutDefaults(config));
    // Nested fields (list items, objects) are resolved too.
    const nested = resolveNowDefaults({ collections: [{ fields: [{ name: 'l', widget: 'list', fields: [{ name: 't', default: NOW, date_only: true }] }] }] }, instant);
    expect(JSON.stringify(nested)).toContain('"default":"2026-11-20"');
  });
});

describe('save check', () => {
  test('drops empty optional fields and accepts a valid entry', () => {
    const result = checkEntry('informasi', { ...validInformasi, berlaku_hingga: '', lampiran: [], body: 'Uraian.' });
    expect(result.problems).toEqual([]);
    expect(result.data).not.toHaveProperty('berlaku_hingga');
    expect(result.data).not.toHaveProperty('lampiran');
    expect(result.data?.body).toBe('Uraian.');
  });

  test('refuses a dikecualikan entry without its consequence test, naming the group by its label, never its key', () => {
    const { rincian: _, ...rest } = validInformasi;
    const result = checkEntry('informasi', { ...rest, kategori: 'dikecualikan', berlaku_hingga: '2028-12-31', body: 'Isi rahasia' });
    expect(result.data).toBeUndefined();
    expect(result.problems.join('\n')).toMatch(/^Uji konsekuensi \(informasi dikecualikan\): /m);
    expect(result.problems.join('\n')).not.toContain('pengecualian');
  });

  test('cleans nested optional values (column dictionary) and removes the CMS-only CSV field', () => {
    const cleaned = cleanEntry(CMS_SCHEMAS.dataset, { judul: 'Data', kolom: [{ nama: 'a', judul: 'A', tipe: 'teks', satuan: '', wajib: true }] });
    expect(cleaned).toEqual({ judul: 'Data', kolom: [{ nama: 'a', judul: 'A', tipe: 'teks', wajib: true }] });
    const result = checkEntry('dataset', { csv: 'x.csv', judul: 'x' });
    expect(result.problems.join('\n')).not.toContain('csv');
  });

  test('the harvest contract `sumber` is a collapsed optional object; a blank one is dropped, a filled one checked', () => {
    const sumber = schemaFields('dataset').find((f) => f.name === 'sumber')!;
    expect(sumber).toMatchObject({ widget: 'object', collapsed: true, required: false, label: 'Sumber panen' });
    const byName = new Map(sumber.fields!.map((f) => [f.name, f]));
    // Decap checks required fields inside an object even when the editor leaves it empty: none are required here.
    expect(sumber.fields!.every((f) => f.required === false && f.default === undefined)).toBe(true);
    expect(byName.get('format')?.options?.map((o) => o.value)).toEqual(['csv', 'json', 'ckan-datastore']);
    // Maps have no Decap widget: hidden, their YAML value kept as written.
    expect(byName.get('kolom')?.widget).toBe('hidden');
    expect(byName.get('header')?.widget).toBe('hidden');
    expect(schemaFields('dataset').find((f) => f.name === 'keterangan_sumber')).toMatchObject({ widget: 'text', required: false });

    expect(cleanEntry(CMS_SCHEMAS.dataset, { judul: 'Data', sumber: { url: '', format: '' } })).toEqual({ judul: 'Data' });
    const half = checkEntry('dataset', { judul: 'Data', sumber: { url: 'https://data.demakkab.go.id/x.csv' } });
    expect(half.problems.join('\n')).toContain('Sumber panen › Format sumber');
    const old = checkEntry('dataset', { judul: 'Data', sumber: 'Dinas Kesehatan (data contoh)' });
    expect(old.problems.join('\n')).toContain('Sumber panen: pindahkan catatan ke Keterangan sumber. Sumber panen kini kontrak panen: url, format');
  });
});

describe('the Decap the CMS page loads', () => {
  test('registers every widget and backend a generated config can name, and nothing else is needed', () => {
    const used = new Set<string>();
    const walk = (fields: CmsField[]) => fields.forEach((f) => {
      used.add(f.widget);
      if (f.base_widget) used.add(f.base_widget);
      walk(f.fields ?? []);
      if (f.field) walk([f.field]);
    });
    const config = buildCmsConfig(pemda, opd) as { collections: { fields?: CmsField[]; files?: { fields: CmsField[] }[] }[] };
    for (const c of config.collections) {
      walk(c.fields ?? []);
      for (const f of c.files ?? []) walk(f.fields);
    }
    const registered = new Set<string>([...DECAP_WIDGETS, ...PORTAL_WIDGETS, ...BUILT_IN_WIDGETS]);
    expect([...used].filter((w) => !registered.has(w))).toEqual([]);
    expect(DECAP_WIDGETS.filter((w) => !used.has(w))).toEqual([]);
    for (const backend of ['github', 'gitlab', 'gitea', 'forgejo', 'test-repo'] as const) {
      const name = backendConfig({ ...pemda.cms, backend, api_root: 'https://git.demakkab.go.id/api/v1' }).name as string;
      expect(DECAP_BACKENDS).toContain(name);
    }
    expect(DECAP_BACKENDS).toContain('proxy');
  });
});

describe('browser helpers', () => {
  test('uploaded file names follow the portal rule', () => {
    expect(portalFileName('LRA Dinkominfo 2025 (Final).PDF')).toBe('lra-dinkominfo-2025-final.pdf');
    expect(portalFileName('Foto_Rapat.JPEG')).toBe('foto-rapat.jpeg');
    // A long upload name is shortened to what the validator accepts (frontmatter/filename-length), room left for a -2 suffix.
    const long = portalFileName(`${'Laporan Realisasi Anggaran '.repeat(8)}.pdf`);
    expect(long).toMatch(/^laporan-realisasi-anggaran-.*[a-z]\.pdf$/);
    expect(uniqueFileName(long, new Set([long])).length).toBeLessThanOrEqual(100);
    expect(portalFileName('(1).pdf')).toBe('1.pdf');
    expect(portalFileName('___.pdf')).toBe('berkas.pdf');
  });

  test('an upload whose name is taken gets the first free numeric suffix instead of replacing', () => {
    const taken = new Set(['formulir-keberatan.pdf', 'formulir-keberatan-2.pdf', 'sk.pdf']);
    expect(uniqueFileName('formulir-keberatan.pdf', taken)).toBe('formulir-keberatan-3.pdf');
    expect(uniqueFileName('sk.pdf', taken)).toBe('sk-2.pdf');
    expect(uniqueFileName('SK.pdf', taken)).toBe('SK-2.pdf');
    expect(uniqueFileName('lampiran.pdf', taken)).toBe('lampiran.pdf');
    expect(uniqueFileName('README', new Set(['readme']))).toBe('README-2');
  });

  test("Decap's hard-coded English media texts are shown in Indonesian", () => {
    expect(translateConfirm('data.csv already exists. Do you want to replace it?')).toBe(
      'Berkas data.csv sudah ada. Bila berkas itu sudah terbit, mengganti berarti langsung menghapusnya dari portal tanpa pemeriksaan. Ganti berkas itu?',
    );
    expect(translateConfirm('Yakin ingin menerbitkan entri ini?')).toBe('Yakin ingin menerbitkan entri ini?');
    expect(translateNotice('Failed to persist media: Error: HTTP 413')).toBe('Gagal mengunggah berkas: HTTP 413');
    expect(translateNotice('Failed to delete media: not found')).toBe('Gagal menghapus berkas: not found');
    const keyed = { key: 'ui.toast.entrySaved' };
    expect(translateNotice(keyed)).toBe(keyed);
    // Screen-reader texts of dragging a list item (dnd-kit, not reachable through Decap's locale).
    expect(dndText('To pick up a draggable item, press the space bar.\n    While dragging, use the arrow keys to move the item.')).toMatch(/^Untuk memindahkan butir, tekan spasi/);
    expect(dndText('Draggable item 3f2a was dropped over droppable area 9b1c')).toBe('Butir diletakkan.');
    expect(dndText('Kamus kolom')).toBeUndefined();
  });

  test('dates are WIB wall-clock text whatever the browser zone', () => {
    const instant = new Date('2026-11-19T18:05:00Z'); // 20 Nov 01:05 WIB
    expect(wibNow(false, instant)).toBe('2026-11-20 01:05');
    expect(wibNow(true, instant)).toBe('2026-11-20');
    expect(toInputValue('2026-11-20 09:30', false)).toBe('2026-11-20T09:30');
    expect(toInputValue('2026-11-20T09:30:00+07:00', true)).toBe('2026-11-20');
    expect(toInputValue('{{now}}', false)).toBe('');
  });

  test('CSV header is split by the dataset delimiter', () => {
    expect(csvHeader('\uFEFFkode;nama\r\n1;a', ';')).toEqual(['kode', 'nama']);
    expect(csvHeader('"kode"\t"nama"\n', 'tab')).toEqual(['kode', 'nama']);
  });

  test('?proxy_port only redirects the local backend on this machine', () => {
    expect(localBackendUrl({ hostname: '127.0.0.1', search: '?proxy_port=9001' }, true)).toEqual({ url: 'http://127.0.0.1:9001/api/v1' });
    expect(localBackendUrl({ hostname: 'ppid.demakkab.go.id', search: '?proxy_port=9001' }, true)).toBe(true);
    expect(localBackendUrl({ hostname: 'localhost', search: '?proxy_port=x' }, false)).toBe(false);
  });
});
