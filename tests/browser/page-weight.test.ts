/**
 * Page weight in Chromium: every page of both editions, loaded as a reader's browser loads it, stays
 * within its type's budget (bench/budgets.ts), compressed as a server sends it. Bytes are
 * deterministic, so a page over budget is a change to look at: the message names its biggest files.
 * Also: other pages are fetched ahead on intent (pointer, touch), not because a link shows.
 */
import {describe, expect, inject, it} from 'vitest';
import {biggestFiles, kilobytes, measure, pageTypeOf} from '../../bench/page-weight';
import {firstLoadBudgets, pageTypeLabels} from '../../bench/budgets';
import {openPage} from '../support/browser-page';
import {readBuiltPage, siteRoutes, textOf} from '../support/built-site';
import {serveForTests} from '../support/served-site';

const buildDir = inject('siteBuildDir');
const site = serveForTests(() => buildDir);

describe('poids d’une page au premier chargement', () => {
  it('chaque page des deux éditions tient dans le budget de son type', async () => {
    const routes = siteRoutes(buildDir);
    expect(routes.length).toBeGreaterThanOrEqual(20);
    const types = new Set<string>();
    const over: string[] = [];
    // Four pages at a time: each waits for the network to rest.
    const pending = [...routes];
    const worker = async () => {
      for (let route = pending.shift(); route !== undefined; route = pending.shift()) {
        const type = await pageTypeOf(buildDir, route);
        types.add(type);
        const weight = await measure(site.browser, buildDir, site.origin, route);
        // Scripts ran: the page's own chunks were fetched, not only the HTML, the CSS and main.js.
        expect(weight.requests, route).toBeGreaterThanOrEqual(5);
        if (weight.gzip > firstLoadBudgets[type]) {
          over.push(
            `${route} (${pageTypeLabels[type]}) : ${kilobytes(weight.gzip)} pour un budget de ${kilobytes(firstLoadBudgets[type])} ; les plus gros fichiers : ${biggestFiles(weight)}`,
          );
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    expect(over.join('\n')).toBe('');
    // Every type of page was weighed.
    expect([...types].sort()).toEqual(['guide', 'home', 'other', 'outline']);
  });
});

describe('les pages liées ne sont chargées qu’à l’intention', () => {
  it('un lien visible ne charge rien ; survolé, il charge sa page ; la page s’ouvre', async () => {
    const opened = await openPage(site.browser, site.origin, '/definition', {width: 1280});
    const {page} = opened;
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname);
    });
    await page.reload({waitUntil: 'networkidle'});
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    const link = page.locator('.menu__link[href="/mise-en-pratique"]');
    await expect(link.isVisible()).resolves.toBe(true);
    await page.waitForTimeout(300);
    const loaded = scripts.length;
    // Nothing was fetched ahead for the links on screen: Docusaurus adds a <link rel="prefetch"> each.
    await expect(page.locator('link[rel="prefetch"]').count()).resolves.toBe(0);
    // Scrolling to the bottom shows the pagination links: still nothing fetched.
    await page.mouse.wheel(0, 5000);
    await page.waitForTimeout(500);
    expect(scripts.slice(loaded)).toEqual([]);
    // Pointed at, the link fetches its page's chunks.
    await link.hover();
    await expect.poll(() => scripts.length - loaded).toBeGreaterThan(0);
    await link.click();
    await page.waitForURL('**/mise-en-pratique');
    const title = textOf(readBuiltPage(buildDir, '/mise-en-pratique').document.querySelector('h1')!);
    await expect.poll(() => page.locator('h1').textContent()).toBe(title);
    expect(opened.problems).toEqual([]);
    await opened.close();
  });
});
