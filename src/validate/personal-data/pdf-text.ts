/**
 * The text layer of a PDF, page by page (unpdf: PDF.js for server runtimes). PDF.js places items by their
 * geometry, so cells of a table row come out separated by spaces and a number drawn in pieces stays whole.
 * Never throws: a broken or password-locked file is a result, not a crash. Node-side.
 */
import { extractText, getResolvedPDFJS } from 'unpdf';

export type PdfText =
  | { ok: true; pages: string[] }
  | { ok: false; reason: 'encrypted' | 'broken'; detail: string };

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  // PDF.js directly rather than unpdf's getDocumentProxy, which looks up the optional pdfjs-dist package
  // (standard font files, only needed for rendering) on every call: ~1 ms per document for nothing.
  const { getDocument } = await getResolvedPDFJS();
  // A copy: PDF.js may take over (detach) the buffer it is given.
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: true, disableFontFace: true, stopAtErrors: false });
  try {
    const { text } = await extractText(await task.promise, { mergePages: false });
    return { ok: true, pages: text };
  } catch (error) {
    const e = error as Error | undefined;
    return { ok: false, reason: e?.name === 'PasswordException' ? 'encrypted' : 'broken', detail: String(e?.message ?? e) };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
