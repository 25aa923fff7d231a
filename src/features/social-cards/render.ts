/**
 * Draws the social cards, 1200 × 630: the page's title, the site's name and its publisher, in the
 * site's colours (src/css/tokens.css). satori lays out SVG (text as paths, so no font is needed
 * afterwards), resvg turns SVG into pixels.
 *
 * resvg runs on libuv's threads (`renderAsync`) while satori lays out the next card, and writes the
 * PNG itself. Cards already drawn come from a cache (index.ts).
 */
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {renderAsync} from '@resvg/resvg-js';
import satori, {type SatoriOptions} from 'satori';
import {cardHeight, cardWidth} from './card-path';

/** The card's colours: those of the site's light theme. */
export interface CardColors {
  primary: string;
  text: string;
  muted: string;
  surface: string;
  border: string;
  /** Text and logo on the primary colour: the page's background. */
  onPrimary: string;
}

/**
 * The light theme's colours, read from the `:root` rule of src/css/tokens.css, whose pairs reach
 * 4.5:1 (text on surface, background on primary): the cards follow the site's identity.
 */
export function tokenColors(css: string): CardColors {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const token = (name: string) => {
    const value = new RegExp(`--cn-color-${name}:\\s*(#[0-9a-fA-F]{3,8})\\s*;`).exec(root)?.[1];
    if (!value) {
      throw new Error(`Cartes de partage : la couleur --cn-color-${name} manque dans la règle :root de src/css/tokens.css.`);
    }
    return value;
  };
  return {
    primary: token('primary'),
    text: token('text'),
    muted: token('muted'),
    surface: token('surface'),
    border: token('border'),
    onPrimary: token('background'),
  };
}

export interface CardSite {
  /** « Communs numériques ». */
  siteName: string;
  /** « Incubateur des Territoires ». */
  publisher: string;
  colors: CardColors;
}

/** Lines of the title, beyond which it ends with « … ». */
export const maxTitleLines = 3;

const margin = 80;
const headerHeight = 120;
const ruleHeight = 2;
const footerHeight = 102;
const stripHeight = 14;

/** The rectangle of the title; everything else is the same on every card. */
export const titleBox = {
  x: margin,
  y: headerHeight,
  width: cardWidth - 2 * margin,
  height: cardHeight - headerHeight - ruleHeight - footerHeight - stripHeight,
} as const;

const requireHere = createRequire(__filename);

/**
 * Changes whenever the drawing may change (this file, satori, resvg, the fonts): part of the cache
 * key of each card, so that a new look draws every card again.
 */
export const templateVersion = createHash('sha256')
  .update(readFileSync(__filename))
  .update(
    ['satori', '@resvg/resvg-js', '@fontsource/dejavu-sans']
      .map((name) => `${name}@${(requireHere(`${name}/package.json`) as {version: string}).version}`)
      .join(),
  )
  .digest('hex')
  .slice(0, 16);

/**
 * DejaVu Sans: free, and with every glyph of French typography (accents, œ, « », ’, the narrow
 * no-break space). Fontsource ships it as WOFF2 and WOFF; satori reads WOFF (not WOFF2). Loaded once: satori keeps the parsed fonts of an array it has already seen.
 */
let fonts: SatoriOptions['fonts'] | undefined;
function loadFonts(): SatoriOptions['fonts'] {
  const file = (weight: number) => readFileSync(requireHere.resolve(`@fontsource/dejavu-sans/files/dejavu-sans-latin-${weight}-normal.woff`));
  fonts ??= [
    {name: 'DejaVu Sans', weight: 400, style: 'normal', data: file(400)},
    {name: 'DejaVu Sans', weight: 700, style: 'normal', data: file(700)},
  ];
  return fonts;
}

type Style = Record<string, string | number>;
interface Element {
  type: string;
  props: {style?: Style; children?: Child | Child[]; [attribute: string]: unknown};
}
type Child = Element | string;

const element = (type: string, style: Style, children?: Child | Child[]): Element => ({type, props: {style, children}});

/** The site's logo (static/img/logo.svg), white on the blue header. */
function logo(size: number, colors: CardColors): Element {
  const unit = size / 32;
  const circle = (cx: number): Element => ({
    type: 'circle',
    props: {cx: cx * unit, cy: 16 * unit, r: 6.5 * unit, fill: 'none', stroke: colors.primary, 'stroke-width': 2.5 * unit},
  });
  return {
    type: 'svg',
    props: {
      width: size,
      height: size,
      viewBox: `0 0 ${size} ${size}`,
      children: [{type: 'rect', props: {width: size, height: size, rx: 6 * unit, fill: colors.onPrimary}}, circle(12.5), circle(19.5)],
    },
  };
}

/** Title size: large for a short title, smaller for a long one, so that most fit in three lines. */
export function titleFontSize(title: string): number {
  if (title.length <= 36) return 72;
  if (title.length <= 60) return 64;
  if (title.length <= 80) return 56;
  return 50;
}

/** What every card shares: header with logo and site name, empty title box, publisher, blue strip. */
export function backgroundTree({siteName, publisher, colors}: CardSite): Element {
  return element(
    'div',
    {
      width: cardWidth,
      height: cardHeight,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: colors.surface,
      fontFamily: 'DejaVu Sans',
      color: colors.text,
    },
    [
      element('div', {display: 'flex', flexShrink: 0, alignItems: 'center', height: headerHeight, padding: `0 ${margin}px`, backgroundColor: colors.primary}, [
        logo(56, colors),
        element('div', {marginLeft: 24, fontSize: 40, fontWeight: 700, color: colors.onPrimary}, siteName),
      ]),
      element('div', {display: 'flex', flexShrink: 0, height: titleBox.height}),
      element('div', {display: 'flex', flexShrink: 0, height: ruleHeight, margin: `0 ${margin}px`, backgroundColor: colors.border}),
      element('div', {display: 'flex', flexShrink: 0, height: footerHeight, padding: `0 ${margin}px`, alignItems: 'center'}, [
        element('div', {fontSize: 30, color: colors.muted}, publisher),
      ]),
      element('div', {display: 'flex', flexShrink: 0, height: stripHeight, backgroundColor: colors.primary}),
    ],
  );
}

/** The title in its box, on the card's background: three lines at most, then « … ». */
export function titleTree(title: string, colors: CardColors): Element {
  return element(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      width: titleBox.width,
      height: titleBox.height,
      backgroundColor: colors.surface,
      fontFamily: 'DejaVu Sans',
    },
    [
      element(
        'div',
        {
          display: 'block',
          lineClamp: maxTitleLines,
          width: titleBox.width,
          fontSize: titleFontSize(title),
          fontWeight: 700,
          lineHeight: 1.2,
          color: colors.text,
        },
        title,
      ),
    ],
  );
}

/**
 * The title box as SVG. With `embedFont: false`, text stays `<text>` elements, one per word, at
 * satori's positions: what the tests read to check the lines.
 */
export function titleSvg(title: string, colors: CardColors, {embedFont = true}: {embedFont?: boolean} = {}): Promise<string> {
  return satori(titleTree(title, colors) as never, {width: titleBox.width, height: titleBox.height, fonts: loadFonts(), embedFont});
}

/** The whole card: the shared background with the title laid in its box. */
export function cardTree(site: CardSite, title: string): Element {
  const card = backgroundTree(site);
  const parts = card.props.children as Element[];
  parts[1] = element('div', {display: 'flex', flexShrink: 0, height: titleBox.height, padding: `0 ${margin}px`}, titleTree(title, site.colors));
  return card;
}

/** Draws the cards of one site. */
export class CardRenderer {
  constructor(private readonly site: CardSite) {}

  /**
   * The card of a page, as PNG: satori lays it out as SVG, resvg draws it and writes the PNG
   * itself (`asPng`), so no image code of our own. No system font: satori has already turned the
   * text into paths, and loading fonts is slow.
   */
  async render(title: string): Promise<Buffer> {
    const svg = await satori(cardTree(this.site, title) as never, {width: cardWidth, height: cardHeight, fonts: loadFonts()});
    const image = await renderAsync(svg, {font: {loadSystemFonts: false}, fitTo: {mode: 'original'}});
    return image.asPng();
  }
}
