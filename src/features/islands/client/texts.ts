/**
 * The islands' words, in the page's language: src/theme/Root writes them once per page, translated
 * at build time like every other text of the site, into `<div hidden data-island-texts>`.
 */
import {jsonData} from '../../../shared/client/dom';

/** Keys and French texts: src/theme/Root/island-texts.ts. */
export type IslandTextName = 'linkCopied' | 'copyCode' | 'copyCodeLabel' | 'codeCopied' | 'expandCategory' | 'collapseCategory';

let texts: Partial<Record<IslandTextName, string>> | undefined;

export function islandText(name: IslandTextName, values: Record<string, string> = {}): string {
  if (!texts) {
    const holder = document.querySelector<HTMLElement>('[data-island-texts]');
    texts = holder ? jsonData<Record<IslandTextName, string>>(holder, 'islandTexts') : {};
  }
  return (texts[name] ?? '').replace(/\{(\w+)\}/g, (placeholder, key: string) => values[key] ?? placeholder);
}
