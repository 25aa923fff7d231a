import {readFileSync} from 'node:fs';
import path from 'node:path';
import {PNG} from 'pngjs';
import {describe, expect, it} from 'vitest';
import {pngSize} from '../../../../tests/support/png';
import {CardRenderer, maxTitleLines, titleBox, titleSvg, tokenColors} from '../render';

const tokensCss = readFileSync(path.join(__dirname, '..', '..', '..', 'css', 'tokens.css'), 'utf8');
const cardColors = tokenColors(tokensCss);

/** WCAG 2.1 contrast ratio of two `#rrggbb` colours. */
function contrast(first: string, second: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((start) => {
      const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}
const site = {siteName: 'Communs numériques', publisher: 'Incubateur des Territoires', colors: cardColors};

/** The words satori placed, with their box, from an SVG drawn with `embedFont: false`. */
function words(svg: string): Array<{text: string; x: number; y: number; width: number; height: number}> {
  return [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map((match) => ({
    x: Number(match[1]),
    y: Number(match[2]),
    width: Number(match[3]),
    height: Number(match[4]),
    text: match[5]!,
  }));
}

/** Width of a text on one line of the title. */
async function textWidth(text: string): Promise<number> {
  return words(await titleSvg(text, cardColors, {embedFont: false})).reduce((total, word) => total + word.width, 0);
}

/** The outline satori draws for a one-character title (the glyph's path). */
async function glyphPath(character: string): Promise<string | undefined> {
  return /<path[^>]* d="([^"]*)"/.exec(await titleSvg(character, cardColors))?.[1];
}

/** The colour of the pixel at (x, y) of a PNG, read with pngjs. */
function pixelAt(png: Buffer, x: number, y: number): string {
  const image = PNG.sync.read(png);
  const start = (y * image.width + x) * 4;
  return `#${image.data.subarray(start, start + 3).toString('hex')}`;
}

describe('carte de partage', () => {
  const renderer = new CardRenderer(site);

  it('prend les couleurs du thème clair de src/css/tokens.css, chaque texte lisible sur son fond (4,5:1)', () => {
    expect(cardColors.primary).toBe(/--cn-color-primary:\s*(#[0-9a-f]+)/i.exec(tokensCss)![1]);
    expect(contrast(cardColors.text, cardColors.surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(cardColors.muted, cardColors.surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(cardColors.onPrimary, cardColors.primary)).toBeGreaterThanOrEqual(4.5);
    expect(() => tokenColors(':root { --cn-color-text: #000; }')).toThrow(/--cn-color-primary manque/);
  });

  it('est un PNG de 1200 × 630, aux couleurs du site, même avec accents, « » et espaces fines', async () => {
    const png = await renderer.render('«\u202fPourquoi mutualiser\u202f?\u202f» : l’œuvre commune des collectivités');
    expect(pngSize(png)).toEqual({width: 1200, height: 630});
    expect(pixelAt(png, 10, 10)).toBe(cardColors.primary);
    expect(pixelAt(png, 10, 300)).toBe(cardColors.surface);
    expect(pixelAt(png, 10, 625)).toBe(cardColors.primary);
  });

  it('dessine chaque caractère de la typographie française avec un vrai glyphe de la police', async () => {
    // A character missing from the font is drawn as the font's empty box (.notdef).
    const missing = await glyphPath('\uE000');
    for (const character of 'àâäçéèêëîïôöùûüÿœæÀÂÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»’…–—€') {
      const path = await glyphPath(character);
      expect(path, character).toBeTruthy();
      expect(path, character).not.toBe(missing);
    }
    // The narrow no-break space (U+202F, before « ? » and inside « ») is narrower than a space.
    const narrow = (await textWidth('«\u202fa')) - (await textWidth('«a'));
    const space = (await textWidth('«\u00a0a')) - (await textWidth('«a'));
    expect(narrow).toBeGreaterThan(0);
    expect(narrow).toBeLessThan(space);
  });

  it('coupe un titre trop long : trois lignes au plus, dans son cadre, terminées par « … »', async () => {
    const title = `${'Une page dont le titre ne finit jamais '.repeat(6)}et qui dépasse`;
    const placed = words(await titleSvg(title, cardColors, {embedFont: false}));
    const lines = [...new Set(placed.map((word) => word.y))];
    expect(lines).toHaveLength(maxTitleLines);
    expect(placed.at(-1)!.text).toMatch(/…$/);
    for (const word of placed) {
      expect(word.x + word.width, word.text).toBeLessThanOrEqual(titleBox.width);
      expect(word.y, word.text).toBeLessThanOrEqual(titleBox.height);
    }
    // Still a whole card.
    expect(pngSize(await renderer.render(title))).toEqual({width: 1200, height: 630});
  });

  it('garde un titre court entier, sur une ligne', async () => {
    const placed = words(await titleSvg('Page introuvable', cardColors, {embedFont: false}));
    expect(placed.map((word) => word.text).join('')).toBe('Page introuvable');
    expect(new Set(placed.map((word) => word.y)).size).toBe(1);
  });
});
