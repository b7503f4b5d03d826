/**
 * Setting `diperbarui` of a dataset YAML without touching anything else the editor wrote: the YAML is parsed only
 * to find where the top-level value lies, and exactly those characters are replaced, keeping its quoting, the
 * comments, key order, blank lines, a BOM and CRLF line ends. The ownership check (src/ownership/harvest.ts) relies
 * on this: the harvest account may change that one line and nothing else.
 */
import { isMap, isScalar, parseDocument, type Scalar } from 'yaml';
import { HarvestFailure } from './failure.ts';

/** `text` with the top-level `diperbarui` value set to `date` (`YYYY-MM-DD`); unchanged text when it already is. */
export function setDiperbarui(text: string, date: string, yamlPath: string): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const doc = parseDocument(body, { uniqueKeys: false, logLevel: 'error' });
  const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'diperbarui') : undefined;
  const value = pair?.value;
  if (doc.errors.length > 0 || !isScalar(value) || !value.range) throw new HarvestFailure(`\`diperbarui\` di ${yamlPath} tidak ditemukan sebagai satu nilai; perbaiki metadatanya`);
  const [start, end] = value.range;
  const quote = (value as Scalar).type === 'QUOTE_DOUBLE' ? '"' : (value as Scalar).type === 'QUOTE_SINGLE' ? "'" : '';
  return `${bom}${body.slice(0, start)}${quote}${date}${quote}${body.slice(end)}`;
}
