/**
 * Fitting text into a chart without measuring it in a browser (the SVG is made at build time): widths are estimated
 * from the font size, labels are shortened with an ellipsis, and crowded axis labels are thinned or turned.
 */

/**
 * Average advance of a character in em, for the widest common system font (DejaVu Sans, Chromium's system-ui on
 * Debian; Roboto and Segoe UI are narrower): estimates err on the side of room.
 */
const CHAR_EM = 0.6;

/** Estimated width of `text` at `fontSize` SVG units. */
export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * CHAR_EM;
}

/** `Bulan` → `bulan` inside a sentence; only the first letter, so `Jumlah SD` keeps its acronym. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** `text` shortened to fit `maxWidth` with a trailing `…` (the full text is in the table beside the chart). */
export function truncate(text: string, maxWidth: number, fontSize: number): string {
  const chars = [...text];
  const fits = Math.floor(maxWidth / (fontSize * CHAR_EM));
  if (chars.length <= fits) return text;
  return `${chars.slice(0, Math.max(1, fits - 1)).join('').trimEnd()}…`;
}

/**
 * `text` broken into at most `maxLines` lines of `maxWidth`, at spaces; a word longer than a line, or text left over
 * after the last line, is shortened with `…`.
 */
export function wrapLabel(text: string, maxWidth: number, fontSize: number, maxLines = 2): string[] {
  const lines: string[] = [];
  let current = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (const [i, word] of words.entries()) {
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, fontSize) <= maxWidth || !current) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = word;
    if (lines.length === maxLines - 1) {
      current = words.slice(i).join(' ');
      break;
    }
  }
  if (current) lines.push(current);
  return lines.map((line) => truncate(line, maxWidth, fontSize));
}

export interface AxisLabelPlan {
  /** Show every n-th label (1: all), counted back from the last one. */
  every: number;
  /** Turn the labels by 45° to fit more of them. */
  rotate: boolean;
  /** The labels as drawn (shortened when turned). */
  labels: string[];
}

/** Longest a turned label may be: beyond this, it would run into the axis title space under the chart. */
export const ROTATED_MAX_WIDTH = 78;

/**
 * How to draw category labels spaced `slot` units apart under an axis. Ordered categories (dates, years) are thinned,
 * since a reader fills in the ones between; unordered ones (names) are turned by 45° and shortened so that each
 * keeps its label, and only thinned when even turned labels would overlap.
 */
export function planAxisLabels(labels: readonly string[], slot: number, fontSize: number, ordered: boolean): AxisLabelPlan {
  const gap = fontSize * 0.6;
  const widest = Math.max(0, ...labels.map((l) => textWidth(l, fontSize)));
  if (widest + gap <= slot) return { every: 1, rotate: false, labels: [...labels] };
  if (ordered) return { every: Math.ceil((widest + gap) / slot), rotate: false, labels: [...labels] };
  // Turned labels sit about one line height apart along the axis.
  const every = Math.max(1, Math.ceil((fontSize * 1.3) / slot));
  return { every, rotate: true, labels: labels.map((l) => truncate(l, ROTATED_MAX_WIDTH, fontSize)) };
}

/** Whether the label at `index` of `count` is drawn under `plan`: every n-th, counted back from the last (the latest period). */
export function isLabelShown(index: number, count: number, plan: Pick<AxisLabelPlan, 'every'>): boolean {
  return (count - 1 - index) % plan.every === 0;
}
