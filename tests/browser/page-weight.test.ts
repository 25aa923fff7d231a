/**
 * Page weight in Chromium: every page of both editions, loaded as a reader's browser loads it, stays
 * within its type's budget (bench/budgets.ts), compressed as a server sends it, and runs at most
 * the script budget before any interaction: no React runtime, the islands module alone. Bytes are
 * deterministic, so a page over budget is a change to look at: the message names its biggest files.
 * Also: other pages are fetched ahead on intent (pointer, touch), not because a link shows.
 */
import {describe, expect, inject, it} from 'vitest';
import {biggestFiles, kilobytes, measure, pageTypeOf} from '../../bench/page-weight';
import {firstLoadBudgets, pageTypeLabels, scriptBudget} from '../../bench/budgets';
import {openPage} from '../support/browser-page';
import {readBuiltPage, siteRoutes, textOf} from '../support/built-site';
import {servedSite} from '../support/served-site';
import {guidePages} from '../support/guide-plan';

const buildDir = inject('siteBuildDir');
const site = servedSite();
/** A page of the guide, and another one its menu leads to. */
const [firstPage = '/', ...others] = guidePages(site.buildDir);
const linkedPage = others.at(-1) ?? '/plan-du-site';

/** Docusaurus's application: its runtime, its main bundle, or a route chunk (hashed name). */
const applicationScript = /\/assets\/js\/(runtime~main|main|[0-9a-f]{8})\.[0-9a-f]{8}\.js$/;

describe('poids d’une page au premier chargement', () => {
  it('chaque page des deux éditions tient dans le budget de son type, sans l’application React', async () => {
    const routes = siteRoutes(buildDir);
    expect(routes.length).toBeGreaterThanOrEqual(20);
    const types = new Set<string>();
    const over: string[] = [];
    const weighed: string[] = [];
    // Four pages at a time: each waits for the network to rest.
    const pending = [...routes];
    const worker = async () => {
      for (let route = pending.shift(); route !== undefined; route = pending.shift()) {
        const type = await pageTypeOf(buildDir, route);
        types.add(type);
        const weight = await measure(site.browser, buildDir, site.origin, route);
        const scripts = weight.files.filter((file) => file.path.endsWith('.js')).map((file) => file.path);
        // The islands module ran (it is the first script), and nothing of the application came.
        expect(
          scripts.some((script) => /\/assets\/js\/islands\.[A-Z0-9]+\.js$/.test(script)),
          route,
        ).toBe(true);
        expect(
          scripts.filter((script) => applicationScript.test(script)),
          route,
        ).toEqual([]);
        if (weight.gzip > firstLoadBudgets[type]) {
          over.push(
            `${route} (${pageTypeLabels[type]}) : ${kilobytes(weight.gzip)} pour un budget de ${kilobytes(firstLoadBudgets[type])} ; les plus gros fichiers : ${biggestFiles(weight)}`,
          );
        }
        if (weight.scriptGzip > scriptBudget) {
          over.push(
            `${route} : ${kilobytes(weight.scriptGzip)} de scripts avant toute action, pour un budget de ${kilobytes(scriptBudget)} : ${scripts.join(', ')}`,
          );
        }
        weighed.push(route);
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    expect(over.join('\n')).toBe('');
    expect(weighed.sort()).toEqual([...routes].sort());
    // Every type of page was weighed.
    expect([...types].sort()).toEqual(['guide', 'home', 'other', 'outline']);
  });

  it('la recherche ne compte pas avant qu’on s’en serve ; au premier focus, son code et son index arrivent', async () => {
    const before = await measure(site.browser, buildDir, site.origin, firstPage);
    expect(before.files.filter((file) => /pagefind|search/.test(file.path))).toEqual([]);
    const focused = await measure(site.browser, buildDir, site.origin, firstPage, async (page) => {
      await page.getByRole('combobox', {name: 'Rechercher dans le guide'}).focus();
    });
    expect(focused.files.some((file) => /islands-search-box\./.test(file.path))).toBe(true);
    expect(focused.files.some((file) => file.path.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });
});

describe('les pages liées ne sont chargées qu’à l’intention', () => {
  it('un lien visible ne charge rien ; survolé, il charge sa page ; la page s’ouvre', async () => {
    const opened = await openPage(site.browser, site.origin, firstPage, {width: 1280});
    const {page} = opened;
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const link = page.locator(`.menu__link[href="${linkedPage}"]`);
    await expect(link.isVisible()).resolves.toBe(true);
    await page.waitForTimeout(300);
    // Scrolling to the bottom shows the pagination links: still nothing fetched.
    await page.mouse.wheel(0, 5000);
    await page.waitForTimeout(500);
    expect(fetched).toEqual([]);
    await expect(page.locator('link[rel="prefetch"]').count()).resolves.toBe(0);
    // Pointed at, the link fetches its page, once.
    await page.mouse.wheel(0, -5000);
    await link.hover();
    await expect.poll(() => fetched).toEqual([linkedPage]);
    await expect(page.locator('link[rel="prefetch"]').getAttribute('href')).resolves.toBe(`${site.origin}${linkedPage}`);
    await link.click();
    await page.waitForURL(`**${linkedPage}`);
    const title = textOf(readBuiltPage(buildDir, linkedPage).document.querySelector('h1')!);
    await expect.poll(() => page.locator('h1').textContent()).toBe(title);
    expect(opened.problems).toEqual([]);
    await opened.close();
  });
});
