/**
 * Checks of a page open in Chromium, shared by the browser tests: axe-core, sideways overflow and
 * clipped content, the keyboard (focus walk, skip link). Each returns the problems it found, one
 * line each, so that a failing test names every element at fault.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {projectRoot} from './build-site';

/** axe-core's source: given to a browser context once (`openPage(…, {axe: true})`, addInitScript), or injected by axeViolations. */
export const axeSource = readFileSync(path.join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

interface AxeResult {
  violations: Array<{id: string; help: string; nodes: Array<{target: string[]}>}>;
}

/** WCAG 2.1 A and AA violations found by axe-core. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Already there when the page's context was opened with axe; injected otherwise.
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({content: axeSource});
  const result = (await page.evaluate(() =>
    (window as unknown as {axe: {run(context: Document, options: object): Promise<unknown>}}).axe.run(document, {
      runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
      // Only the violations are read: axe then skips the details of what passes (faster, same rules).
      resultTypes: ['violations'],
    }),
  )) as AxeResult;
  return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.help}) : ${node.target.join(' ')}`));
}

/**
 * Lazy images loaded before the checks: scrolled into view, then waited for (at most two seconds),
 * and back to the top. A page without any goes on at once.
 */
export async function loadLazyContent(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const lazy = [...document.querySelectorAll<HTMLImageElement>('img[loading="lazy"]')].filter((image) => !image.complete);
    if (lazy.length === 0) return;
    window.scrollTo(0, document.documentElement.scrollHeight);
    const loaded = Promise.all(lazy.map((image) => image.decode().catch(() => undefined)));
    await Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, 2000))]);
    window.scrollTo(0, 0);
  });
}

/** The images of the page's main content that do not show: each loaded (lazy ones too) and checked. */
export async function brokenImages(page: Page): Promise<string[]> {
  return page.$$eval('main img', async (images) => {
    const all = images as HTMLImageElement[];
    await Promise.all(
      all.map((image) => {
        image.loading = 'eager';
        return image.decode().catch(() => undefined);
      }),
    );
    return all.filter((image) => !image.complete || image.naturalWidth === 0).map((image) => image.getAttribute('src') ?? '');
  });
}

/**
 * What does not fit the width: the page scrolling sideways, and text cut by a box that hides its
 * overflow (content a reader can then never see). Boxes that hide on purpose (visually hidden text,
 * scrolling regions) are not faults.
 */
export async function overflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const {scrollWidth, clientWidth} = document.documentElement;
    if (scrollWidth > clientWidth) {
      problems.push(`la page défile horizontalement de ${scrollWidth - clientWidth} px`);
    }
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(element);
      if (!['hidden', 'clip'].includes(style.overflowX)) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1 || style.visibility === 'hidden') continue;
      if (element.scrollWidth > element.clientWidth + 1 && (element.textContent ?? '').trim() !== '') {
        problems.push(
          `texte coupé dans ${element.tagName.toLowerCase()}.${[...element.classList].join('.')} (${element.scrollWidth - element.clientWidth} px cachés)`,
        );
      }
    }
    return problems;
  });
}

export interface FocusStop {
  description: string;
  problem?: string;
}

/**
 * Presses Tab from the top of the page until focus leaves the page. At each stop, the element must
 * be on screen and its look must change with the focus: a screenshot of it and its surroundings is
 * taken focused, then unfocused, and the two must differ. A walk that never leaves the page is a
 * keyboard trap.
 *
 * `seen`, shared by the walks of one width and theme, holds the kinds of stops whose focus was
 * already seen to show: an element is of the same kind as another when it and its nearest
 * ancestors have the same tags and classes (what focus styles select on) and it is clipped by an
 * ancestor, or not, alike. A menu link, a heading's « # » link, a link in a paragraph or in a hint
 * box is photographed once per width and theme rather than on every page; every stop is still
 * checked to be on screen and uncovered.
 */
export async function focusWalk(page: Page, limit = 150, seen?: Set<string>): Promise<{stops: FocusStop[]; trapped: boolean}> {
  const stops: FocusStop[] = [];
  const visited = new Set<string>();
  const viewport = page.viewportSize()!;
  for (let index = 0; index < limit; index += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body || element === document.documentElement) return null;
      // Measure the focused state itself, not a frame of its fade-in.
      document.getAnimations().forEach((animation) => animation.finish());
      const path: string[] = [];
      for (let node: Element | null = element; node && node !== document.body; node = node.parentElement) {
        path.unshift(`${node.tagName.toLowerCase()}:${Array.prototype.indexOf.call(node.parentElement?.children ?? [], node)}`);
      }
      const rect = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      const centre = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      // Its kind: tags and classes of the element and its three nearest ancestors, and whether a
      // box that hides its overflow cuts into it or into a 4 px ring around it (where an outline goes).
      const chain: string[] = [];
      let clipped = false;
      for (let node: Element | null = element; node && node !== document.documentElement; node = node.parentElement) {
        if (chain.length < 4)
          chain.push(
            `${node.tagName.toLowerCase()}${[...node.classList]
              .sort()
              .map((name) => `.${name}`)
              .join('')}`,
          );
        if (node !== element && getComputedStyle(node).overflowX !== 'visible') {
          const box = node.getBoundingClientRect();
          clipped ||= rect.left - 4 < box.left || rect.top - 4 < box.top || rect.right + 4 > box.right || rect.bottom + 4 > box.bottom;
        }
      }
      return {
        key: path.join('/'),
        kind: `${chain.join(' < ')}${clipped ? ' (rognée)' : ''}`,
        description: `${element.tagName.toLowerCase()} « ${(element.textContent ?? '').trim().slice(0, 40) || element.getAttribute('aria-label') || ''} »`,
        rect: {x: rect.left, y: rect.top, width: rect.width, height: rect.height},
        onScreen:
          rect.width > 0 &&
          rect.height > 0 &&
          style.visibility !== 'hidden' &&
          Number(style.opacity) > 0 &&
          rect.bottom > 0 &&
          rect.top < window.innerHeight &&
          rect.right > 0 &&
          rect.left < window.innerWidth,
        uncovered: centre !== null && (element === centre || element.contains(centre) || centre.contains(element)),
      };
    });
    if (!stop) return {stops, trapped: false};
    if (visited.has(stop.key)) return {stops, trapped: false};
    visited.add(stop.key);
    let problem: string | undefined;
    if (!stop.onScreen) {
      problem = 'hors de l’écran ou invisible';
    } else if (!stop.uncovered) {
      problem = 'recouvert par un autre élément';
    } else if (seen?.has(stop.kind)) {
      // An element of this kind was photographed, its focus showing.
    } else {
      const margin = 8;
      const x = Math.max(0, stop.rect.x - margin);
      const y = Math.max(0, stop.rect.y - margin);
      const clip = {
        x,
        y,
        width: Math.max(1, Math.min(viewport.width, stop.rect.x + stop.rect.width + margin) - x),
        height: Math.max(1, Math.min(viewport.height, stop.rect.y + stop.rect.height + margin) - y),
      };
      const focused = await page.screenshot({clip, animations: 'disabled'});
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const unfocused = await page.screenshot({clip, animations: 'disabled'});
      if (focused.equals(unfocused)) problem = 'le focus ne change pas son aspect';
      else seen?.add(stop.kind);
    }
    stops.push({description: stop.description, problem});
  }
  return {stops, trapped: true};
}

/** The skip link's text in each edition (i18n/<locale>/code.json). */
export const skipLinkLabels: Record<string, string> = {fr: 'Aller au contenu', en: 'Skip to content'};

/** From a freshly loaded page: Tab, Enter on « Aller au contenu », Tab; where does the focus land? */
export async function skipLinkProblems(page: Page): Promise<string[]> {
  await page.keyboard.press('Tab');
  const {first, lang} = await page.evaluate(() => ({
    first: (document.activeElement?.textContent ?? '').trim(),
    lang: document.documentElement.lang.split('-')[0]!,
  }));
  const label = skipLinkLabels[lang] ?? skipLinkLabels.fr!;
  if (!first.startsWith(label)) {
    return [`le premier Tab mène à « ${first} », pas à « ${label} »`];
  }
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const landed = await page.evaluate(() => {
    const element = document.activeElement;
    return {inMain: Boolean(element?.closest('main')), text: (element?.textContent ?? '').trim().slice(0, 40)};
  });
  return landed.inMain ? [] : [`après « Aller au contenu », Tab mène hors du contenu principal (« ${landed.text} »)`];
}
