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
