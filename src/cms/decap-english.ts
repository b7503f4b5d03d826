/**
 * The few phrases Decap writes in English outside its locale (hard-coded in its media actions): the "replace?"
 * question and the media error notices, mapped to Indonesian. Pure: testable in Node; wired up in main.ts.
 */
import { portal } from './locale.ts';
import { phrase } from './widget-helpers.ts';

const REPLACE_QUESTION = /^(.+) already exists\. Do you want to replace it\?$/s;
const MEDIA_NOTICES: [RegExp, string][] = [
  [/^Failed to persist media: (?:Error: )?(.*)$/s, portal.mediaPersistFailed],
  [/^Failed to delete media: (?:Error: )?(.*)$/s, portal.mediaDeleteFailed],
];

/** The text a `window.confirm` shows: Decap's replace question in Indonesian, anything else unchanged. */
export function translateConfirm(message: string): string {
  const match = REPLACE_QUESTION.exec(message);
  return match ? phrase(portal.mediaReplaceQuestion, { name: match[1] }) : message;
}

/** A notification message: Decap's English media notices in Indonesian, anything else (locale keys) unchanged. */
export function translateNotice(message: unknown): unknown {
  if (typeof message !== 'string') return message;
  for (const [pattern, text] of MEDIA_NOTICES) {
    const match = pattern.exec(message);
    if (match) return phrase(text, { details: match[1] });
  }
  return message;
}

/** dnd-kit's English texts (screen readers only, when a list item is dragged) and their Indonesian. */
const DND_TEXTS: [RegExp, string][] = [
  [/^To pick up a draggable item, press the space bar\.[\s\S]*$/, 'Untuk memindahkan butir, tekan spasi. Saat memindahkan, pakai tombol panah. Tekan spasi lagi untuk meletakkan butir di tempat barunya, atau Escape untuk membatalkan.'],
  [/^Picked up draggable item .*$/, 'Butir diangkat.'],
  [/^Draggable item .* was moved over droppable area .*$/, 'Butir dipindahkan.'],
  [/^Draggable item .* is no longer over a droppable area\.$/, 'Butir tidak berada di atas daftar.'],
  [/^Draggable item .* was dropped over droppable area .*$/, 'Butir diletakkan.'],
  [/^Draggable item .* was dropped\.$/, 'Butir diletakkan.'],
  [/^Dragging was cancelled\..*$/, 'Pemindahan dibatalkan.'],
];

/** The Indonesian of a dnd-kit text, or undefined for any other text. */
export function dndText(text: string): string | undefined {
  for (const [pattern, indonesian] of DND_TEXTS) if (pattern.test(text.trim())) return indonesian;
  return undefined;
}
