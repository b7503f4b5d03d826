/**
 * Bytes of a source to text. A charset named in Content-Type wins (the server said so); without one the bytes are
 * UTF-8 when they are valid UTF-8, else Windows-1252, which is what Excel's "CSV (Comma delimited)" and most older
 * regency systems on Windows write. The harvest always writes UTF-8 (the csv/encoding rule requires it).
 */
import { HarvestFailure } from './failure.ts';

/** The `charset` parameter of a Content-Type header, lowercased, or undefined. */
export function charsetOf(contentType: string | null): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1].toLowerCase();
}

/** Decodes a source body; a UTF-8 byte order mark is dropped. */
export function decodeSource(bytes: Uint8Array, contentType: string | null): string {
  const declared = charsetOf(contentType);
  let text: string;
  if (declared) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(declared, { fatal: true });
    } catch {
      throw new HarvestFailure(`sumber menyatakan charset "${declared.slice(0, 40)}" yang tidak dikenal; minta pengelola sistem sumber memakai UTF-8`);
    }
    try {
      text = decoder.decode(bytes);
    } catch {
      throw new HarvestFailure(`isi jawaban sumber tidak sesuai charset "${declared}" yang dinyatakannya; minta pengelola sistem sumber memperbaiki header Content-Type`);
    }
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  return text.replace(/^\uFEFF/, '');
}
