/**
 * Colours and patterns of chart series and tile-map classes. Every series colour has at least 3:1 contrast against
 * the white page (WCAG 2.1 SC 1.4.11, non-text contrast), and no series relies on hue alone: bars carry a fill
 * pattern, lines a dash pattern and a marker shape, so the series stay apart in greyscale and for colour-blind
 * readers. Tile-map classes are one hue in steps of lightness, each tile outlined in a dark grey (the outline, not the
 * light fill, is what meets 3:1), and each tile also prints its value.
 */

export type PatternKind = 'solid' | 'diagonal' | 'dots' | 'cross' | 'horizontal' | 'vertical';
export type MarkerKind = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangle-down' | 'cross';

export interface SeriesStyle {
  colour: string;
  pattern: PatternKind;
  /** `stroke-dasharray` of a line ('' for solid). */
  dash: string;
  marker: MarkerKind;
}

/** Six styles; neighbouring series differ in lightness too (greyscale steps 67, 112, 143, 85, 100, 20 of 255). */
export const SERIES_STYLES: readonly SeriesStyle[] = [
  { colour: '#12436d', pattern: 'solid', dash: '', marker: 'circle' },
  { colour: '#c24a14', pattern: 'diagonal', dash: '7 3', marker: 'square' },
  { colour: '#28a197', pattern: 'dots', dash: '2 3', marker: 'triangle' },
  { colour: '#6f3c97', pattern: 'cross', dash: '10 3 2 3', marker: 'diamond' },
  { colour: '#8a5a00', pattern: 'horizontal', dash: '4 4', marker: 'triangle-down' },
  { colour: '#0b0c0c', pattern: 'vertical', dash: '1 3', marker: 'cross' },
];

export function seriesStyle(index: number): SeriesStyle {
  return SERIES_STYLES[index % SERIES_STYLES.length];
}

/** The id of a series' fill pattern, unique per chart on the page. */
export function patternId(chartId: string, index: number): string {
  return `${chartId}-pola-${index}`;
}

/** The `fill` of a bar of series `index`: its colour, or its pattern. */
export function seriesFill(chartId: string, index: number): string {
  return seriesStyle(index).pattern === 'solid' ? seriesStyle(index).colour : `url(#${patternId(chartId, index)})`;
}

/** Sequential classes of the tile map, light to dark (after ColorBrewer "Blues"). */
export const CLASS_COLOURS = ['#deebf7', '#9ecae1', '#4a98c9', '#2171b5', '#08306b'] as const;

/** Outline of every tile: 7:1 against white, so each tile is visible whatever its fill. */
export const TILE_OUTLINE = '#505a5f';

const TEXT_DARK = '#0b0c0c';
const TEXT_LIGHT = '#ffffff';

/** Relative luminance of a `#rrggbb` colour (WCAG 2.1 definition). */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two `#rrggbb` colours (WCAG 2.1, 1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Text colour on a fill: whichever of near-black and white contrasts more. */
export function textOn(fill: string): string {
  return contrast(fill, TEXT_DARK) >= contrast(fill, TEXT_LIGHT) ? TEXT_DARK : TEXT_LIGHT;
}
