/**
 * What the validator needs from where it runs. The rules are the same everywhere; Node (the CLI, CI, the harvest,
 * the import) and the CMS in the browser differ only in these few things, which are passed in rather than imported,
 * so the rules and the engine stay free of Node modules (see node-platform.ts and src/cms/entry-check.ts).
 */
import type { TreeFile } from '../content/walk.ts';
import type { Wilayah } from '../lib/wilayah-list.ts';
import type { RuleContext } from './context.ts';
import type { DocumentFacts } from './documents.ts';

/**
 * Who reads the messages. `berkas`: someone fixing files (CI, `npm run validate`), so fields are named by their
 * key (`pemisah`) and fixes say which file to edit. `cms`: an editor in the CMS form, who sees field labels
 * ("Pemisah kolom CSV") and never a raw key or a file name.
 */
export type Audience = 'berkas' | 'cms';

export interface Platform {
  audience: Audience;
  /** The Kemendagri region codes (src/data/wilayah-demak.csv). */
  wilayah: Map<string, Wilayah>;
  /**
   * Personal data in PDFs and office documents (PDF.js, unzip): Node only. Without it documents are not opened
   * (the CMS leaves them to CI, which checks every pull request).
   */
  documentFacts?: (ctx: RuleContext, file: TreeFile) => Promise<DocumentFacts>;
  /**
   * False when the tree is not the whole repository and the site's pages are unknown (the CMS checks one entry):
   * links to portal pages (`/opd/...`) are then left to CI instead of being refused as missing.
   */
  knowsAllPages: boolean;
}
