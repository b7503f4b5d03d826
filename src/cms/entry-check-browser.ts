/**
 * The validator as the CMS page loads it: on the first save or CSV upload (a chunk of its own, so the CMS's first
 * screen does not wait for the rules), with the region list bundled from src/data/wilayah-demak.csv.
 */
import wilayahCsv from '../data/wilayah-demak.csv?raw';
import { guessDictionary, type Pemisah } from '../lib/csv-guess.ts';
import { candidateContextPaths, checkEntryFiles, CONTEXT_COLLECTIONS, cmsPlatform, type EntryFiles, type EntryLabels, type EntryVerdict } from './entry-check.ts';

const platform = cmsPlatform(wilayahCsv);

export { candidateContextPaths, CONTEXT_COLLECTIONS };

export function checkEntry(files: EntryFiles, labels: EntryLabels): Promise<EntryVerdict> {
  return checkEntryFiles(platform, files, labels);
}

/** The column dictionary an uploaded CSV suggests (types tried against the same region list as the rules). */
export function guessFromCsv(text: string, pemisah?: Pemisah) {
  return guessDictionary(text, platform.wilayah, pemisah);
}
