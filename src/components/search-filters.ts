/** Values of the Pagefind `jenis` filter (data-pagefind-filter on content pages; options of /cari/). */
export const KIND_FILTERS = ['berita', 'informasi', 'data', 'dokumen', 'profil', 'halaman'] as const;
export type KindFilter = (typeof KIND_FILTERS)[number];
