/** The validator as Node runs it (CLI, CI, build, harvest, import): the region list from disk, PDFs and office documents opened. */
import { loadWilayah } from '../lib/wilayah.ts';
import { documentFacts } from './documents.ts';
import type { Platform } from './platform.ts';

export function nodePlatform(): Platform {
  return { audience: 'berkas', wilayah: loadWilayah(), documentFacts, knowsAllPages: true };
}
