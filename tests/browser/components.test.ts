/**
 * The site's components in a real browser (Debian Chromium): what a reader with a phone or a screen
 * reader actually gets. On a page of the scenario site, the GitBook export of the Incubator's page
 * (tests/fixtures/extra-pages/export-mutualisation.md), whose table and hint stay whatever the guide
 * says.
 */
import {describe, expect, it} from 'vitest';
import {openPage} from '../support/browser-page';
import {servedSite} from '../support/served-site';

const site = servedSite('scenarios');
const tableRoute = '/essais/export-mutualisation';
const open = (route: string, width: number, colorScheme: 'light' | 'dark' = 'light') => openPage(site.browser, site.origin, route, {width, colorScheme});

describe('le tableau de correspondance', () => {
  it.each([320, 375])('à %i px, se lit en paires sans faire défiler la page de côté', async (width) => {
    const {page, close, problems} = await open(tableRoute, width);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const rows = page.locator('.markdown table tbody tr');
    expect(await rows.count()).toBe(5);
    for (let index = 0; index < 5; index += 1) {
      const header = await rows.nth(index).locator('th').boundingBox();
      const cell = await rows.nth(index).locator('td').boundingBox();
      // Stacked: the characteristic above its practice, both as wide as the content column.
      expect(cell!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
      expect(header!.x + header!.width).toBeLessThanOrEqual(width);
      expect(cell!.x + cell!.width).toBeLessThanOrEqual(width);
    }
    // The table stays a table for assistive technology, the arrow stays out of it.
    const tree = await page.locator('.markdown table').ariaSnapshot();
    expect(tree).toMatch(/^- table "Les caractéristiques d’un commun numérique/);
    expect(tree.match(/- columnheader /g)).toHaveLength(2);
    expect(tree.match(/- rowheader /g)).toHaveLength(5);
    expect(tree.match(/- cell /g)).toHaveLength(5);
    expect(tree).not.toContain('→');
    expect(problems).toEqual([]);
    await close();
  });

  it('à 1280 px, montre deux colonnes côte à côte', async () => {
    const {page, close} = await open(tableRoute, 1280);
    const row = page.locator('.markdown table tbody tr').first();
    const header = await row.locator('th').boundingBox();
    const cell = await row.locator('td').boundingBox();
    expect(Math.abs(header!.y - cell!.y)).toBeLessThan(2);
    expect(cell!.x).toBeGreaterThan(header!.x + header!.width - 2);
    await close();
  });
});

describe('un encadré d’information', () => {
  it.each(['light', 'dark'] as const)('est une note nommée « Information » (thème %s)', async (theme) => {
    const {page, close, problems} = await open(tableRoute, 375, theme);
    const note = page.getByRole('note', {name: 'Information'});
    await expect(note.isVisible()).resolves.toBe(true);
    expect(await note.getAttribute('data-hint')).toBe('info');
    const tree = await note.ariaSnapshot();
    expect(tree.match(/- listitem/g)).toHaveLength(2);
    expect(tree).toMatch(/- link "[^"]+"/);
    expect(tree).not.toContain('img');
    expect(problems).toEqual([]);
    await close();
  });
});
