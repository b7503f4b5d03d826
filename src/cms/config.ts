/**
 * The Decap CMS configuration of one OPD, generated from `content/pemda.yaml` (backend) and the zod schemas
 * (fields). Every collection points inside `content/opd/<opd>/`: an editor of one OPD never sees another's.
 * Written to `public/admin/<opd>/config.json` by `npm run cms-config`; never edit the output by hand.
 */
import { BENTUK } from '../schemas/informasi.ts';
import { PASAL_17, pasal17Citation } from '../schemas/pengecualian.ts';
import type { Pemda } from '../schemas/index.ts';
import { CMS_KINDS, CMS_TYPES, type CmsKind, type TypeOf } from '../content/types/index.ts';
import { JENIS_OPD, KATEGORI, RINCIAN, rincianOf, SUBRINCIAN } from '../schemas/rincian.ts';
import { SETIAP_SAAT } from '../schemas/setiap-saat.ts';
import { TIPE_KOLOM } from '../schemas/dataset.ts';
import { INTEGRASI, JENIS_APLIKASI, STATUS_APLIKASI } from '../schemas/aplikasi.ts';
import { ALASAN_KEBERATAN, BENTUK_JAWABAN, DASAR_PENOLAKAN, HASIL_KEBERATAN, KATEGORI_PEMOHON, SALURAN, STATUS_PERMOHONAN } from '../schemas/permohonan.ts';
import { t, type UiKey } from '../i18n/id.ts';
import { opdDir } from '../content/paths.ts';
import { fieldsOf, type CmsField, type FieldOverrides } from './fields.ts';

/**
 * Default of a `wib-datetime` field: a new entry starts with the current time in WIB. The config is generated at
 * build time, so the CMS page replaces this marker with the time it starts (`resolveNowDefaults`).
 */
export const NOW = '{{now}}';

/** Port of `decap-server` when `npm run cms` runs it; the CMS page may override it with `?proxy_port=`. */
export const DEFAULT_PROXY_PORT = 8081;

/** The content kinds an OPD edits in the CMS: the registry's types with `cms: true`. */
export { CMS_KINDS, type CmsKind };

/** The schema behind each CMS collection: one source for the fields and for the save-time check. */
export const CMS_SCHEMAS = Object.fromEntries(CMS_TYPES.map((t) => [t.kind, t.schema])) as { [K in CmsKind]: TypeOf<K>['schema'] };

/** Fields that exist in the CMS but not in the schema: the markdown body and the CSV upload of a dataset. */
export const CMS_ONLY_FIELDS: Record<CmsKind, readonly string[]> = {
  berita: ['body'],
  informasi: ['body'],
  dataset: ['csv'],
  dokumen: [],
  profil: ['body'],
  aplikasi: [],
  permohonan: [],
  'laporan-layanan': [],
};

/** Collection names carry the OPD: editorial-workflow branches are `cms/<collection>/<slug>`, shared by all OPDs. */
export function collectionName(kind: CmsKind, opd: string): string {
  return `${kind}-${opd}`;
}

/** The kind and OPD of a collection name made by `collectionName`. */
export function parseCollectionName(name: string): { kind: CmsKind; opd: string } | undefined {
  const kind = CMS_KINDS.find((k) => name.startsWith(`${k}-`));
  return kind ? { kind, opd: name.slice(kind.length + 1) } : undefined;
}

const rincianLabels = Object.fromEntries(RINCIAN.map((r) => [r.code, `${r.huruf}. ${r.label}`]));
const kategoriLabels = Object.fromEntries(KATEGORI.map((k) => [k.code, `${k.label} (${k.pasal})`]));
// The rincian letter first, so an editor sees which sub-items belong to the rincian chosen above.
const subrincianLabels = Object.fromEntries(SUBRINCIAN.map((s) => [s.code, `${rincianOf(s.rincian).huruf}. ${s.label}`]));
const setiapSaatLabels = Object.fromEntries(SETIAP_SAAT.map((s) => [s.code, `${s.label} (${s.dasar})`]));
/** The grounds of Pasal 17 as the editor picks them: the citation, then what it protects in plain words. */
const pasal17Options = PASAL_17.map((p) => ({ value: p.code, label: `${pasal17Citation(p.code)}: ${p.label}` }));
const bentukLabels: Record<(typeof BENTUK)[number], string> = {
  softcopy: 'Softcopy (berkas elektronik)',
  hardcopy: 'Hardcopy (cetak)',
  'softcopy-hardcopy': 'Softcopy dan hardcopy',
};
const tipeKolomLabels: Record<(typeof TIPE_KOLOM)[number], string> = {
  teks: 'Teks',
  'bilangan-bulat': 'Bilangan bulat (tanpa desimal)',
  bilangan: 'Bilangan (boleh desimal)',
  tanggal: 'Tanggal (TTTT-BB-HH)',
  'kode-wilayah': 'Kode wilayah Kemendagri',
  'ya-tidak': 'Ya/tidak',
};

const statusAplikasiLabels: Record<(typeof STATUS_APLIKASI)[number], string> = {
  aktif: 'Aktif (dipakai sehari-hari)',
  'dalam-pengembangan': 'Dalam pengembangan',
  'tidak-aktif': 'Tidak aktif lagi',
};
const jenisAplikasiLabels: Record<(typeof JENIS_APLIKASI)[number], string> = {
  nasional: 'Nasional (aplikasi pemerintah pusat, misalnya SIPD)',
  daerah: 'Daerah (dibangun atau dikelola Pemkab)',
};
const integrasiLabels: Record<(typeof INTEGRASI)[number], string> = {
  panen: 'Dipanen otomatis ke portal',
  'unggah-manual': 'Diunggah manual oleh editor',
  belum: 'Belum terhubung ke portal',
};

/** Option labels of the register's selects: the site's own labels (src/i18n/id.ts), so the CMS and the pages agree. */
const layananLabels = (prefix: string, values: readonly string[]) => Object.fromEntries(values.map((v) => [v, t(`layanan.${prefix}.${v}` as UiKey)]));

/**
 * The `dataset` field of an application: a pick list of the OPD's own datasets (Decap's relation widget storing
 * each dataset's slug), so an editor cannot name another OPD's dataset or misspell one. Per OPD, hence not an override.
 */
function datasetPicker(opd: string): Partial<CmsField> {
  return {
    widget: 'relation', collection: collectionName('dataset', opd), value_field: '{{slug}}',
    hint: 'Pilih dataset OPD ini yang datanya berasal dari aplikasi ini (cari menurut judul).',
    search_fields: ['judul'], display_fields: ['judul'], multiple: true, field: undefined, pattern: undefined,
  };
}

/**
 * Required only for one kategori. `required: true` keeps "opsional" off the label; the `bersyarat` widget does the
 * actual check on save, and the length rules of these fields are left to the save-time schema check.
 */
const dikecualikan = (label: string) => ({
  widget: 'bersyarat',
  required: true,
  pattern: undefined,
  required_when: { field: 'kategori', equals: 'dikecualikan', message: `Informasi dikecualikan wajib mengisi ${label}.` },
});

/**
 * Presentation per kind: everything else (labels, hints, types, options) comes from the schema. Keys are the
 * dotted field paths of `fieldsOf`; tests/cms/config.test.ts fails on a key that names no field.
 */
export const OVERRIDES: Record<CmsKind, FieldOverrides> = {
  berita: {
    tanggal: { default: NOW },
    ringkasan: { widget: 'text' },
    gambar: { widget: 'image' },
    // Required once a photo is chosen: no "opsional" on its label, the check is the `bersyarat` widget's.
    gambar_alt: {
      widget: 'bersyarat', base_widget: 'string', required: true, pattern: undefined,
      required_when: { field: 'gambar', filled: true, message: 'Berita dengan gambar wajib mengisi Teks alternatif gambar.' },
    },
    // Tags are typed as one comma-separated line; the save-time schema check reports uppercase or symbols.
    tag: { field: undefined },
  },
  informasi: {
    kategori: { optionLabels: kategoriLabels, default: 'berkala' },
    rincian: {
      optionLabels: rincianLabels,
      widget: 'bersyarat',
      required: true,
      base_widget: 'select',
      required_when: { field: 'kategori', equals: 'berkala', message: 'Informasi berkala wajib memilih Rincian informasi berkala (a–k).' },
    },
    subrincian: { optionLabels: subrincianLabels },
    setiap_saat: {
      optionLabels: setiapSaatLabels,
      widget: 'bersyarat',
      required: true,
      base_widget: 'select',
      required_when: { field: 'kategori', equals: 'setiap-saat', message: 'Informasi setiap saat wajib memilih Jenis informasi setiap saat.' },
    },
    ringkasan: { widget: 'text' },
    bentuk: { optionLabels: bentukLabels },
    diperbarui: { date_only: true, default: NOW },
    lampiran: { label_singular: 'lampiran', summary: '{{fields.judul}}', collapsed: false },
    // The consequence test is one group, folded: only DIK entries fill it. Decap cannot require a group conditionally,
    // so on a DIK entry an empty one is refused by the save check (the schema's "wajib mengisi" under its label).
    pengecualian: { collapsed: true },
    // One multi-select of the Pasal 17 grounds instead of a list of single selects.
    'pengecualian.pasal': { widget: 'select', multiple: true, options: pasal17Options, field: undefined },
    'pengecualian.alasan': { widget: 'text' },
    'pengecualian.konsekuensi': { widget: 'text' },
    'pengecualian.kepentingan_publik': { widget: 'text' },
    'pengecualian.penetapan.tanggal': { date_only: true },
    berlaku_hingga: { ...dikecualikan('Dikecualikan hingga'), base_widget: 'wib-datetime', date_only: true },
  },
  dataset: {
    deskripsi: { widget: 'text' },
    keterangan_sumber: { widget: 'text' },
    // Optional and technical (Dinkominfo fills it in): folded away until opened.
    sumber: { collapsed: true },
    'sumber.format': { optionLabels: { csv: 'CSV', json: 'JSON', 'ckan-datastore': 'CKAN DataStore (datastore_search)' } },
    'sumber.pemisah': { optionLabels: { ',': 'Koma (,)', ';': 'Titik koma (;)', tab: 'Tab' } },
    'sumber.desimal': { optionLabels: { '.': 'Titik (.)', ',': 'Koma (,)' } },
    pemisah: { optionLabels: { ',': 'Koma (,)', ';': 'Titik koma (;)', tab: 'Tab' } },
    desimal: { optionLabels: { '.': 'Titik (.)', ',': 'Koma (,)' } },
    diperbarui: { date_only: true, default: NOW },
    kolom: { label_singular: 'kolom', summary: '{{fields.nama}} — {{fields.judul}}', collapsed: false },
    'kolom.tipe': { optionLabels: tipeKolomLabels },
    'kolom.deskripsi': { widget: 'text' },
    // Charts are optional extras: folded, each summarised by its kind and title.
    grafik: { label_singular: 'grafik', summary: '{{fields.jenis}}: {{fields.judul}}', collapsed: true },
    'grafik.jenis': { optionLabels: { batang: 'Batang (membandingkan kategori)', garis: 'Garis (perubahan dari waktu ke waktu)', 'batang-bertumpuk': 'Batang bertumpuk (bagian dari jumlah)' } },
    'grafik.nilai.item': { label: 'Nama kolom' },
    'grafik.saring': { collapsed: true },
  },
  dokumen: {
    tanggal: { date_only: true, default: NOW },
    ringkasan: { widget: 'text' },
  },
  aplikasi: {
    fungsi: { widget: 'text' },
    status: { optionLabels: statusAplikasiLabels, default: 'aktif' },
    jenis: { optionLabels: jenisAplikasiLabels },
    data: { label_singular: 'jenis data' },
    'data.item': { label: 'Jenis data' },
    integrasi: { optionLabels: integrasiLabels, default: 'belum' },
    diperbarui: { date_only: true, default: NOW },
  },
  permohonan: {
    diterima: { default: NOW },
    saluran: { optionLabels: layananLabels('saluran', SALURAN) },
    kategori_pemohon: { optionLabels: layananLabels('kategori', KATEGORI_PEMOHON) },
    informasi: { widget: 'text' },
    status: { optionLabels: layananLabels('status', STATUS_PERMOHONAN), default: 'diterima' },
    perpanjangan: { collapsed: true },
    'perpanjangan.tanggal': { date_only: true },
    'perpanjangan.alasan': { widget: 'text' },
    dijawab: { date_only: true },
    bentuk_jawaban: { optionLabels: layananLabels('bentuk', BENTUK_JAWABAN) },
    dasar_penolakan: { optionLabels: layananLabels('dasar', DASAR_PENOLAKAN) },
    keberatan: { collapsed: true },
    'keberatan.diajukan': { date_only: true },
    'keberatan.alasan': { label_singular: 'alasan' },
    'keberatan.alasan.item': { label: 'Alasan (UU 14/2008 Pasal 35 ayat (1))', optionLabels: layananLabels('alasan', ALASAN_KEBERATAN) },
    'keberatan.ditanggapi': { date_only: true },
    'keberatan.hasil': { optionLabels: layananLabels('hasil', HASIL_KEBERATAN) },
  },
  'laporan-layanan': {
    kebijakan: { widget: 'text' },
    kendala: { widget: 'text' },
    tindak_lanjut: { widget: 'text' },
    disahkan: { date_only: true, default: NOW },
  },
  profil: {
    jenis: { optionLabels: Object.fromEntries(JENIS_OPD.map((j) => [j.code, j.label])) },
    alamat: { widget: 'text' },
    'telepon.item': { label: 'Nomor telepon' },
    pejabat: { label_singular: 'pejabat', summary: '{{fields.jabatan}}: {{fields.nama}}' },
    diperbarui: { date_only: true, default: NOW },
    penetapan_dip: { label_singular: 'keputusan', summary: '{{fields.tahun}}: {{fields.nomor}}', collapsed: true },
    'penetapan_dip.tanggal': { date_only: true },
    'penetapan_dip.menetapkan': { optionLabels: { dip: 'Daftar Informasi Publik (DIP)', dik: 'Daftar Informasi yang Dikecualikan (DIK)', 'dip-dik': 'DIP dan DIK' } },
  },
};

/** The schema-derived fields of one kind (without the CMS-only fields). */
export function schemaFields(kind: CmsKind): CmsField[] {
  return fieldsOf(CMS_SCHEMAS[kind], OVERRIDES[kind]);
}

function bodyField(label: string, hint: string, required: boolean): CmsField {
  return { name: 'body', label, hint, widget: 'markdown', required };
}

export interface OpdIdentity {
  slug: string;
  nama: string;
  singkatan: string;
}

/** Decap's `backend` block from `pemda.cms` (GitHub, GitLab incl. self-managed with PKCE, Gitea, Forgejo). */
export function backendConfig(cms: Pemda['cms']): Record<string, unknown> {
  const common = {
    repo: cms.repo,
    branch: cms.branch,
    commit_messages: {
      create: 'Tambah {{collection}} “{{slug}}”',
      update: 'Ubah {{collection}} “{{slug}}”',
      delete: 'Hapus {{collection}} “{{slug}}”',
      uploadMedia: 'Unggah “{{path}}”',
      deleteMedia: 'Hapus “{{path}}”',
      openAuthoring: '{{message}}',
    },
  };
  const optional = (values: Record<string, string | undefined>) =>
    Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
  switch (cms.backend) {
    case 'github':
      return { name: 'github', ...common, ...optional({ base_url: cms.base_url, auth_endpoint: cms.auth_endpoint, api_root: cms.api_root }) };
    case 'gitlab':
      return {
        name: 'gitlab',
        ...common,
        ...optional({ base_url: cms.base_url, api_root: cms.api_root, app_id: cms.app_id, auth_endpoint: cms.auth_endpoint }),
        ...(cms.app_id ? { auth_type: 'pkce' } : {}),
      };
    case 'gitea':
      return { name: 'gitea', ...common, ...optional({ base_url: cms.base_url, api_root: cms.api_root, app_id: cms.app_id }) };
    case 'forgejo': {
      // Decap's Forgejo backend needs the API address (it derives the login address from it).
      const apiRoot = cms.api_root ?? (cms.base_url ? `${cms.base_url.replace(/\/+$/, '')}/api/v1` : undefined);
      if (!apiRoot) throw new Error('cms.backend forgejo membutuhkan cms.api_root (misalnya https://git.demakkab.go.id/api/v1) atau cms.base_url di content/pemda.yaml');
      return { name: 'forgejo', ...common, api_root: apiRoot, ...optional({ app_id: cms.app_id }) };
    }
    case 'test-repo':
      return { name: 'test-repo' };
  }
}

/**
 * Decap's Gitea backend refuses the editorial workflow: there every save is a direct commit to `cms.branch`.
 * Its Forgejo backend has one (pull requests with `decap-cms/...` labels).
 */
export function publishMode(cms: Pemda['cms']): 'editorial_workflow' | 'simple' {
  return cms.backend === 'gitea' ? 'simple' : 'editorial_workflow';
}

/** The complete Decap configuration for the OPD `opd`. */
export function buildCmsConfig(pemda: Pemda, opd: OpdIdentity): Record<string, unknown> {
  const dir = opdDir(opd.slug);
  const media = { media_folder: `/${dir}/dokumen`, public_folder: 'dokumen' };
  const folder = (kind: Exclude<CmsKind, 'profil'>, sub: string) => ({
    name: collectionName(kind, opd.slug),
    folder: `${dir}/${sub}`,
    create: true,
    // Decap deletes a published entry with a commit straight on the main branch, outside review: not offered
    // (a draft's own changes can still be deleted; docs/cms.md says how a published entry is removed).
    delete: false,
  });
  const berita = {
    ...folder('berita', 'berita'),
    label: 'Berita',
    label_singular: 'Berita',
    description: `Berita ${opd.nama}. Nama berkas dibuat dari tanggal dan judul.`,
    extension: 'md',
    format: 'frontmatter',
    identifier_field: 'judul',
    slug: "{{tanggal | date('YYYY-MM-DD')}}-{{slug | truncate(60)}}",
    summary: '{{judul}}',
    sortable_fields: [{ field: 'tanggal', default_sort: 'desc' }, 'judul'],
    ...media,
    fields: [...schemaFields('berita'), bodyField('Isi berita', 'Tulis isi berita. Subjudul mulai dari tingkat 2 (##).', true)],
  };
  const informasi = {
    ...folder('informasi', 'informasi'),
    label: 'Informasi Publik',
    label_singular: 'Informasi Publik',
    description: `Daftar Informasi Publik (DIP) ${opd.nama}, termasuk informasi yang dikecualikan.`,
    extension: 'md',
    format: 'frontmatter',
    identifier_field: 'judul',
    slug: '{{slug | truncate(80)}}',
    summary: '{{judul}}',
    sortable_fields: ['judul', 'diperbarui'],
    view_groups: [{ label: 'Kategori', field: 'kategori' }],
    view_filters: KATEGORI.map((k) => ({ label: k.label, field: 'kategori', pattern: `^${k.code}$` })),
    ...media,
    fields: [
      ...schemaFields('informasi'),
      bodyField('Uraian', 'Penjelasan tambahan (opsional). Kosongkan untuk informasi yang dikecualikan.', false),
    ],
  };
  const dataset = {
    ...folder('dataset', 'data'),
    label: 'Data',
    label_singular: 'Dataset',
    description: `Dataset ${opd.nama}: metadata dan kamus kolom, dengan berkas CSV bernama sama.`,
    extension: 'yaml',
    format: 'yaml',
    identifier_field: 'judul',
    slug: '{{slug | truncate(80)}}',
    summary: '{{judul}}',
    sortable_fields: ['judul', 'diperbarui'],
    fields: [
      ...schemaFields('dataset'),
      {
        name: 'csv',
        label: 'Berkas CSV',
        hint: 'Unggah data dalam format CSV (UTF-8). Baris pertama berisi nama kolom sesuai kamus kolom; setelah mengunggah, kamus kolom dapat diisi dari berkas. Berkas disimpan di samping metadata dengan nama yang sama.',
        widget: 'berkas-csv',
        // Required for a new dataset only: the widget checks that itself (a published dataset keeps its CSV).
        required: true,
        delimiter_field: 'pemisah',
        media_folder: '',
        public_folder: '',
      } satisfies CmsField,
    ],
  };
  const dokumen = {
    ...folder('dokumen', 'dokumen'),
    label: 'Dokumen',
    label_singular: 'Dokumen',
    description: `Dokumen terbitan ${opd.nama} (PDF, dokumen kantor, gambar) dengan keterangannya.`,
    extension: 'md',
    format: 'frontmatter',
    identifier_field: 'judul',
    slug: '{{slug | truncate(80)}}',
    summary: '{{judul}}',
    sortable_fields: [{ field: 'tanggal', default_sort: 'desc' }, 'judul'],
    ...media,
    fields: schemaFields('dokumen'),
  };
  const aplikasi = {
    ...folder('aplikasi', 'aplikasi'),
    label: 'Aplikasi',
    label_singular: 'Aplikasi',
    description: `Katalog aplikasi (sistem informasi) yang dipakai ${opd.nama} dan keterhubungannya dengan portal.`,
    extension: 'yaml',
    format: 'yaml',
    identifier_field: 'nama',
    slug: '{{slug | truncate(80)}}',
    summary: '{{nama}}',
    sortable_fields: ['nama', 'diperbarui'],
    view_groups: [{ label: 'Integrasi', field: 'integrasi' }],
    fields: schemaFields('aplikasi').map((f) => (f.name === 'dataset' ? { ...f, ...datasetPicker(opd.slug) } : f)),
  };
  const permohonan = {
    ...folder('permohonan', 'permohonan'),
    label: 'Register Permohonan',
    label_singular: 'Permohonan informasi',
    description: `Register permohonan informasi ${opd.nama}. Catat fakta layanannya saja: JANGAN menulis nama, NIK, alamat, telepon atau e-mail pemohon (register ini terbit di portal). Nama berkas dibuat dari nomor register.`,
    extension: 'yaml',
    format: 'yaml',
    identifier_field: 'nomor',
    slug: '{{slug}}',
    summary: '{{nomor}} ({{status}})',
    sortable_fields: [{ field: 'diterima', default_sort: 'desc' }, 'nomor', 'status'],
    view_groups: [{ label: 'Status', field: 'status' }],
    fields: schemaFields('permohonan'),
  };
  const laporanLayanan = {
    ...folder('laporan-layanan', 'layanan'),
    label: 'Laporan Layanan',
    label_singular: 'Laporan layanan tahunan',
    description: `Bagian laporan layanan informasi publik ${opd.nama} yang ditulis PPID (kebijakan, kendala, tindak lanjut); angkanya dihitung dari register permohonan. Paling lambat 31 Maret tahun berikutnya.`,
    extension: 'md',
    format: 'frontmatter',
    identifier_field: 'tahun',
    slug: 'laporan-{{tahun}}',
    summary: 'Laporan layanan {{tahun}}',
    fields: schemaFields('laporan-layanan'),
  };
  const profil = {
    name: collectionName('profil', opd.slug),
    label: 'Profil OPD',
    label_singular: 'Profil OPD',
    description: `Profil ${opd.nama}: kontak, pejabat, PPID Pelaksana, tugas dan fungsi.`,
    delete: false,
    ...media,
    files: [
      {
        name: 'profil',
        label: `Profil ${opd.singkatan}`,
        file: `${dir}/profil.md`,
        fields: [...schemaFields('profil'), bodyField('Tugas dan fungsi', 'Tulis bagian ## Tugas dan ## Fungsi.', true)],
      },
    ],
  };
  return {
    locale: 'id',
    backend: backendConfig(pemda.cms),
    local_backend: { url: `http://127.0.0.1:${DEFAULT_PROXY_PORT}/api/v1` },
    publish_mode: publishMode(pemda.cms),
    site_url: pemda.situs,
    display_url: pemda.situs,
    show_preview_links: false,
    media_folder: `${dir}/dokumen`,
    public_folder: 'dokumen',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    editor: { preview: false },
    collections: [berita, informasi, dataset, dokumen, aplikasi, permohonan, laporanLayanan, profil],
  };
}
