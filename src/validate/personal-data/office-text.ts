/**
 * The text of the office documents the portal accepts (docx, xlsx, pptx: OOXML, ECMA-376; odt, ods:
 * OpenDocument, OASIS ODF 1.3), read from their XML parts. Everything a reader of the file could see or
 * recover counts: tracked deletions (`w:delText`), hidden text, comments, speaker notes, headers and footers,
 * and the stored value of numeric cells. Node-side (ZIP reading).
 */
import { listZip, readZipEntry } from './zip.ts';

export interface OfficePart {
  /** Where in the document, in Indonesian (`isi dokumen`, `lembar 2`, `slide 3`…). */
  label: string;
  text: string;
}

/** Largest unpacked XML part read (64 MiB); a bigger part is refused as unreadable. */
const MAX_PART = 64 * 1024 * 1024;

/** Which parts hold text, per extension, and how they are named in messages. */
const PARTS: Record<string, [RegExp, (m: RegExpExecArray) => string][]> = {
  docx: [
    [/^word\/document\.xml$/, () => 'isi dokumen'],
    [/^word\/(header|footer)\d*\.xml$/, (m) => (m[1] === 'header' ? 'kepala halaman' : 'kaki halaman')],
    [/^word\/(footnotes|endnotes)\.xml$/, () => 'catatan kaki'],
    [/^word\/comments\.xml$/, () => 'komentar'],
  ],
  xlsx: [
    [/^xl\/sharedStrings\.xml$/, () => 'teks sel'],
    [/^xl\/worksheets\/sheet(\d+)\.xml$/, (m) => `lembar ${m[1]}`],
    [/^xl\/comments\d*\.xml$/, () => 'komentar'],
  ],
  pptx: [
    [/^ppt\/slides\/slide(\d+)\.xml$/, (m) => `slide ${m[1]}`],
    [/^ppt\/notesSlides\/notesSlide(\d+)\.xml$/, (m) => `catatan slide ${m[1]}`],
    [/^ppt\/comments\/.*\.xml$/, () => 'komentar'],
  ],
  odt: [
    [/^content\.xml$/, () => 'isi dokumen'],
    [/^styles\.xml$/, () => 'kepala/kaki halaman'],
  ],
  ods: [[/^content\.xml$/, () => 'isi lembar kerja']],
};

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|quot|apos|amp);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Text of one XML part. Paragraphs and cells end with a blank line (a number never continues across them);
 * a manual line break is one newline (a number broken by it is joined by the detector); runs inside a
 * paragraph are concatenated, since Word splits a typed number into several runs.
 */
export function xmlToText(xml: string): string {
  const text = xml
    .replace(/<c\b[^>]*\bt="s"[^>]*(?<!\/)>[\s\S]*?<\/c>/g, '') // xlsx: shared-string indexes (the strings are read from sharedStrings.xml)
    .replace(/<table:table-cell\b[^>]*\boffice:value="([^"]*)"[^>]*>/g, '\n\n$1\n\n') // ods: the stored number, not only its display
    .replace(/<(?:w:br|w:cr|a:br|text:line-break)\b[^>]*>/g, '\n')
    .replace(/<(?:w:tab|text:tab)\b[^>]*>/g, '\t')
    .replace(/<text:s\b([^>]*)\/>/g, (_, attributes: string) => ' '.repeat(Math.min(Number(/text:c="(\d+)"/.exec(attributes)?.[1] ?? 1), 100)))
    .replace(/<\/(?:w:p|a:p|text:p|text:h|si|c|w:tc|table:table-cell)>/g, '\n\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text);
}

/** The text parts of an office document; throws (ZipError) when it cannot be read. */
export function officeText(bytes: Buffer, extension: string): OfficePart[] {
  const rules = PARTS[extension] ?? [];
  const parts: OfficePart[] = [];
  for (const entry of listZip(bytes)) {
    for (const [pattern, label] of rules) {
      const match = pattern.exec(entry.name);
      if (!match) continue;
      parts.push({ label: label(match), text: xmlToText(readZipEntry(bytes, entry, MAX_PART).toString('utf8')) });
      break;
    }
  }
  return parts;
}
