/**
 * Changing a text in place: spans of it replaced, the rest left byte for byte. Shared by what edits
 * built pages (src/shared/built-html) and the GitBook importer's Markdown (src/features/gitbook/import).
 */

/** A change of the text: the span [start, end) replaced by `text` (an insertion when equal). */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * The text with the splices made, in the order of their places. Two that overlap: an error
 * (`overlap: 'throw'`), or the later one left out (`'drop-later'`).
 */
export function applySplices(source: string, splices: readonly Splice[], {overlap = 'throw'}: {overlap?: 'throw' | 'drop-later'} = {}): string {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let position = 0;
  for (const splice of sorted) {
    if (splice.start < position) {
      if (overlap === 'drop-later') continue;
      throw new Error(`Modifications qui se chevauchent, à la position ${splice.start}.`);
    }
    result += source.slice(position, splice.start) + splice.text;
    position = splice.end;
  }
  return result + source.slice(position);
}
