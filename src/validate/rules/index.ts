/** Every validation rule, in reporting order. */
import type { Rule } from '../rule.ts';
import { aplikasi } from './aplikasi.ts';
import { crossFile } from './cross-file.ts';
import { csv } from './csv.ts';
import { dik } from './dik.ts';
import { duplicateSlug } from './duplicate-slug.ts';
import { filename } from './filename.ts';
import { files } from './files.ts';
import { frontmatterSchema } from './frontmatter-schema.ts';
import { frontmatterSyntax } from './frontmatter-syntax.ts';
import { grafik } from './grafik.ts';
import { indikator } from './indikator.ts';
import { markdownHtml } from './markdown-html.ts';
import { markdownLinks } from './markdown-links.ts';
import { markdownStructure } from './markdown-structure.ts';
import { penetapan } from './penetapan.ts';
import { personalData } from './personal-data.ts';
import { permohonan } from './permohonan.ts';

export const RULES: Rule[] = [
  frontmatterSyntax, frontmatterSchema, filename, duplicateSlug,
  markdownHtml, markdownLinks, markdownStructure,
  csv, files, personalData, crossFile, dik, aplikasi, grafik, indikator, permohonan, penetapan,
];
