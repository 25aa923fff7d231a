/** axe-core in a page: the WCAG 2.1 A and AA violations, one line per element at fault. */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {projectRoot} from './build-site';

const axeSource = readFileSync(path.join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

interface AxeResult {
  violations: Array<{id: string; help: string; nodes: Array<{target: string[]}>}>;
}

export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({content: axeSource});
  const result = (await page.evaluate(() =>
    (window as unknown as {axe: {run(context: Document, options: object): Promise<unknown>}}).axe.run(document, {
      runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
    }),
  )) as AxeResult;
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.help}) : ${node.target.join(' ')}`),
  );
}

/** How many pixels the page scrolls sideways (0 or less: none). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
