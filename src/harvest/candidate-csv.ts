/**
 * The candidate CSV of a harvest: header = the dictionary's column names, then the rows, in the dataset's own
 * delimiter, UTF-8, `\n` line ends and a final newline (papaparse quotes a cell only when it must). Formulas are
 * NOT neutralised here: the validator refuses them (csv/formula), exactly as for an uploaded file.
 */
import Papa from 'papaparse';
import { DELIMITERS, type Dataset } from '../schemas/dataset.ts';

export function candidateCsv(meta: Pick<Dataset, 'kolom' | 'pemisah'>, rows: string[][]): Buffer {
  const text = Papa.unparse({ fields: meta.kolom.map((k) => k.nama), data: rows }, { delimiter: DELIMITERS[meta.pemisah], newline: '\n', quotes: false, escapeFormulae: false });
  return Buffer.from(`${text}\n`, 'utf8');
}
