/**
 * `npm run docs [-- --check]`: regenerates the field tables of docs/content.md from the zod schemas.
 * With `--check` it only reports (exit 1) when the committed tables are stale, as CI does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { SCHEMA_OF } from '../src/content/model.ts';
import { renderFieldBlocks } from '../src/docs/field-table.ts';

const path = new URL('../docs/content.md', import.meta.url);
const current = readFileSync(path, 'utf8');
const fresh = renderFieldBlocks(current, SCHEMA_OF);
if (process.argv.includes('--check')) {
  if (fresh !== current) {
    console.error('docs/content.md tidak sesuai skema terbaru: jalankan `npm run docs` lalu commit hasilnya.');
    process.exitCode = 1;
  } else console.log('✓ docs/content.md sesuai skema.');
} else if (fresh !== current) {
  writeFileSync(path, fresh);
  console.log('docs/content.md diperbarui dari skema.');
} else console.log('✓ docs/content.md sudah sesuai skema.');
