/**
 * Replacing a file so that a reader (the build, a crash halfway) sees the old bytes or the new ones, never a mix:
 * write a temporary file in the same folder (same file system, so the rename is atomic), then rename it over.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  // Removed on any error; a leftover of a killed run is an unknown file that `npm run validate` reports.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
