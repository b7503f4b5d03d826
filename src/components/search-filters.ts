/** Values of the Pagefind `jenis` filter (data-pagefind-filter on content pages; options of /cari/). */
import { SECTION_FILTERS, type SectionFilter } from '../content/types/index.ts';

/** Every registered type with pages of its own (the content-type registry). */
export const KIND_FILTERS = SECTION_FILTERS;
export type KindFilter = SectionFilter;
