/**
 * Personal data in PDFs and office documents: the text is extracted (the slow part: PDF.js, unzipping) and
 * scanned, and the findings are cached by the file's content hash, so an unchanged document is never opened again.
 *
 * Findings are computed with no official number known, which makes them pure in the file's bytes: the official
 * numbers (pemda.yaml and the profiles) only decide whether a mobile number is reported, so as long as none of the
 * numbers found is official the result is exactly the one with the real list. If one is, the document is scanned
 * again with the real list (rare: an office's own WhatsApp number printed in its PDF).
 */
import { contentHash } from '../content/cache.ts';
import { extensionOf } from '../content/paths.ts';
import type { TreeFile } from '../content/tree.ts';
import type { RuleContext } from './context.ts';
import { findPersonalData, normalisePhone, type Finding } from './personal-data/detect.ts';
import { officeText } from './personal-data/office-text.ts';
import { pdfText } from './personal-data/pdf-text.ts';

/** A page with fewer visible characters than this counts as having no text (a stamp, a page number). */
const MIN_PAGE_TEXT = 10;

/** `none`: nothing to scan (too short, or not what its extension says: files/content-mismatch reports it). */
export type DocumentFacts =
  | { kind: 'none' }
  | { kind: 'text'; parts: { label: string; findings: Finding[] }[]; textless: boolean }
  | { kind: 'unreadable'; encrypted: boolean; findings: Finding[] };

const MAGIC: Record<string, (b: Buffer) => boolean> = {
  pdf: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  zip: (b) => b.readUInt32LE(0) === 0x04034b50,
};

/** A file that parses as nothing and holds no page or stream has nothing a reader could see. */
const PDF_CONTENT = /\/Page\b|\bstream\b/;

async function extract(bytes: Buffer, ext: string, official: ReadonlySet<string>): Promise<DocumentFacts> {
  const scan = (text: string) => findPersonalData(text, official);
  if (ext === 'pdf') {
    if (!MAGIC.pdf(bytes)) return { kind: 'none' };
    const result = await pdfText(bytes);
    if (result.ok) {
      const textless = result.pages.length > 0 && result.pages.every((p) => p.replace(/\s/g, '').length < MIN_PAGE_TEXT);
      return { kind: 'text', parts: result.pages.map((text, i) => ({ label: `halaman ${i + 1} PDF`, findings: scan(text) })), textless };
    }
    // Printable ASCII only: binary bytes are no text, and would make normalisation map every byte.
    const raw = bytes.toString('latin1').replace(/[^\x20-\x7e\n]+/g, ' ');
    if (result.reason === 'broken' && !PDF_CONTENT.test(raw)) return { kind: 'none' };
    // What could not be parsed may still hold plain text (uncompressed PDF strings): the raw bytes are scanned.
    return { kind: 'unreadable', encrypted: result.reason === 'encrypted', findings: scan(raw) };
  }
  if (!MAGIC.zip(bytes)) return { kind: 'none' };
  try {
    return { kind: 'text', parts: officeText(bytes, ext).map((part) => ({ label: part.label, findings: scan(part.text) })), textless: false };
  } catch (error) {
    return { kind: 'unreadable', encrypted: (error as { encrypted?: boolean }).encrypted === true, findings: [] };
  }
}

function findingsOf(facts: DocumentFacts): Finding[] {
  return facts.kind === 'text' ? facts.parts.flatMap((p) => p.findings) : facts.kind === 'unreadable' ? facts.findings : [];
}

/** The personal data of a PDF or office document (within its size limit: ctx.readBytes never reads more). */
export async function documentFacts(ctx: RuleContext, file: TreeFile): Promise<DocumentFacts> {
  const bytes = await ctx.readBytes(file);
  if (bytes.length < 5) return { kind: 'none' };
  const ext = extensionOf(file.path);
  const pack = ctx.packs.documents;
  let facts: DocumentFacts | undefined;
  if (pack) {
    const hash = contentHash(bytes);
    ctx.tree.hashes.set(file.path, hash);
    facts = pack.get(`${hash}.${ext}`);
    if (!facts) pack.set(`${hash}.${ext}`, (facts = await extract(bytes, ext, new Set())));
  } else facts = await extract(bytes, ext, new Set());
  const official = findingsOf(facts).some((f) => f.rule === 'personal-data/phone' && ctx.officialPhones.has(normalisePhone(f.digits)));
  return official ? extract(bytes, ext, ctx.officialPhones) : facts;
}
