/**
 * Where the social card of a page lives, from the page's route alone: the plugin writes the card
 * there after the build, and the pages' `og:image` (src/theme/SiteMetadata) points there while they
 * are rendered. No Node.js module here: the browser bundle imports this file.
 */

/** Folder of the cards, under the site's base URL. */
export const cardsDir = 'img/cartes';

export const cardWidth = 1200;
export const cardHeight = 630;

/** A short, stable hash (FNV-1a, 32 bits) that tells apart names that fold to the same ASCII. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(text)) {
    hash ^= unit;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A path segment as an ASCII file name: kept when it already is one, folded and hashed otherwise. */
function asciiSegment(segment: string): string {
  if (/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(segment)) {
    return segment;
  }
  const folded = segment
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${folded || 'page'}-${shortHash(segment)}`;
}

/**
 * The card's file, relative to `cardsDir`, for a route relative to the base URL (`''` for the home
 * page, `definition`, `a/b`, `404.html`): `accueil.png`, `definition.png`, `a/b.png`, `404.png`.
 * Non-ASCII segments are folded (`é` → `e`) and get a hash of their original spelling.
 */
export function cardFile(route: string): string {
  let decoded = route;
  try {
    decoded = decodeURIComponent(route);
  } catch {
    // A malformed escape: the route as it is, still made ASCII below.
  }
  const segments = decoded
    .replace(/\.html$/, '')
    .split('/')
    .filter((segment) => segment !== '');
  return `${segments.length === 0 ? 'accueil' : segments.map(asciiSegment).join('/')}.png`;
}

/** The card's path under the base URL, without a leading slash, for a route relative to it. */
export function cardPath(route: string): string {
  return `${cardsDir}/${cardFile(route)}`;
}
