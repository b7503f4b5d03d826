/**
 * What a content type is, in one place: where its files live, its schema, the date that dates an entry, the
 * files an entry references, its public page, whether it counts as a weekly upload and whether OPD editors
 * edit it in the CMS. Every other list of kinds in the code is derived from the registry (./index.ts), so
 * adding a type is a schema, a registry entry, a page, strings and a fixture, and tsc flags what is missing.
 */
import type { z } from 'zod';

/** Where the source files of a type live. */
export type Location =
  /** One file at a fixed repository path (`content/pemda.yaml`). */
  | { scope: 'regency'; file: string }
  /** `content/<folder>/<slug>.<ext>` (regency-wide pages). */
  | { scope: 'regency'; folder: string; extensions: readonly string[] }
  /** One file per OPD, `content/opd/<opd>/<file>` (the profile). */
  | { scope: 'opd'; file: string }
  /** `content/opd/<opd>/<folder>/<slug>.<ext>`. */
  | { scope: 'opd'; folder: string; extensions: readonly string[] };

export interface ContentTypeDef<K extends string, S extends z.ZodType> {
  /** Internal name of the type, e.g. `dataset`. */
  kind: K;
  /** Public name: URL segment, upload and search-filter value, e.g. `data` (defaults to `kind`). */
  section: string;
  location: Location;
  /** `markdown`: YAML frontmatter plus a body; `yaml`: a YAML file. */
  format: 'markdown' | 'yaml';
  schema: S;
  /** The date of an entry: sorting, feeds, the compliance estimate without history. */
  date?: (data: z.output<S>) => Date | undefined;
  /** Files an entry references, relative to its OPD folder (attachments, images, a dataset's CSV). */
  files?: (data: z.output<S>, slug: string) => string[];
  /** Site path of an entry's page, or `false` for a type without pages of its own. */
  page: false | ((opd: string, slug: string) => string);
  /** True when adding or changing an entry counts as a weekly upload of its OPD (UU 14/2008 Pasal 9). */
  upload: boolean;
  /** True when OPD editors edit the type through the CMS. */
  cms: boolean;
}

/**
 * Declares a type; `section` defaults to `kind`. The literal `section`, `page`, `upload` and `cms` values are kept
 * in the type, so the derived unions (./index.ts) are exact, and `date`/`files` see the schema's output type.
 */
export function defineContentType<
  const K extends string,
  S extends z.ZodType,
  const U extends boolean,
  const C extends boolean,
  const P extends false | ((opd: string, slug: string) => string),
  const Sec extends string = K,
>(
  def: Omit<ContentTypeDef<K, S>, 'section' | 'upload' | 'cms' | 'page'> & { section?: Sec; upload: U; cms: C; page: P },
): ContentTypeDef<K, S> & { section: Sec; upload: U; cms: C; page: P } {
  return { ...def, section: (def.section ?? def.kind) as Sec };
}
