/**
 * A minimal ZIP reader for office documents (docx/xlsx/pptx are OOXML, ECMA-376 Part 2; odt/ods are ODF,
 * OASIS OpenDocument 1.3 Part 2; both are ZIP archives per PKWARE APPNOTE 6.3). Reads the central directory,
 * inflates only the entries asked for, with a cap on their unpacked size (a zip bomb must not stall the
 * validator). Node-side (node:zlib).
 */
import { inflateRawSync } from 'node:zlib';

export class ZipError extends Error {
  override name = 'ZipError';
  readonly encrypted: boolean;
  constructor(message: string, encrypted = false) {
    super(message);
    this.encrypted = encrypted;
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Entries listed in the central directory. */
export function listZip(bytes: Buffer): ZipEntry[] {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError('akhir direktori ZIP tidak ditemukan');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw new ZipError('direktori ZIP rusak');
    const nameLength = bytes.readUInt16LE(at + 28);
    entries.push({
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** The unpacked bytes of one entry, refused beyond `maxSize` bytes. */
export function readZipEntry(bytes: Buffer, entry: ZipEntry, maxSize: number): Buffer {
  if (entry.flags & 1) throw new ZipError('berkas terkunci kata sandi', true);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) throw new ZipError(`isi "${entry.name}" rusak`);
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.subarray(0, maxSize);
  if (entry.method !== 8) throw new ZipError(`metode kompresi ${entry.method} tidak didukung`);
  try {
    return inflateRawSync(data, { maxOutputLength: maxSize });
  } catch (error) {
    throw new ZipError(`isi "${entry.name}" tidak dapat dibuka (${(error as Error).message})`);
  }
}
