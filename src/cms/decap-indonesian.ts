/**
 * Indonesian where Decap's locale does not reach (browser only; listed in docs/cms.md "Penyesuaian Decap"):
 * - dates Decap formats with dayjs (workflow cards: "1 Desember", not "1 December");
 * - the screen-reader texts of dragging list items (dnd-kit's instructions and announcements, in English and not
 *   configurable through Decap);
 * - the regency's heading above the login page (src/pages/admin/[opd]/index.astro), hidden once logged in.
 */
import dayjs from 'dayjs';
// The CommonJS locale file, registered on the very instance Decap imports: 'dayjs/esm/locale/id' would load a
// second dayjs (dayjs/esm) and leave Decap's copy in English.
import idLocale from 'dayjs/locale/id';
import { store } from 'decap-cms-core/dist/esm/redux/index.js';
import { dndText } from './decap-english.ts';

function translateDndRegions(root: Node): void {
  const regions = root instanceof Element ? [root, ...Array.from(root.querySelectorAll('[id^="DndDescribedBy"], [id^="DndLiveRegion"]'))] : [];
  for (const region of regions) {
    if (!/^Dnd(DescribedBy|LiveRegion)/.test((region as Element).id ?? '')) continue;
    const indonesian = dndText(region.textContent ?? '');
    if (indonesian && region.textContent !== indonesian) region.textContent = indonesian;
  }
}

export function installIndonesian(): void {
  dayjs.locale(idLocale);
  // dnd-kit writes its regions outside React's control (into document.body), so rewriting their text is safe.
  new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target.nodeType === Node.TEXT_NODE ? record.target.parentElement : record.target;
      if (target) translateDndRegions(target);
      record.addedNodes.forEach(translateDndRegions);
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
  const loggedIn = () => document.body.classList.toggle('ppid-masuk', !!(store.getState().auth as { user?: unknown } | undefined)?.user);
  loggedIn();
  (store as unknown as { subscribe(listener: () => void): () => void }).subscribe(loggedIn);
}
