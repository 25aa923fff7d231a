/**
 * The HTTP headers of the nginx kit (deploy/nginx), computed from the build: a strict
 * Content-Security-Policy whose `script-src` lists the SHA-256 of every inline script the pages'
 * template carries (Docusaurus's colour-mode script), so that it never drifts from the HTML,
 * and the other security headers.
 */
import {createHash} from 'node:crypto';
import {siteInlineScripts} from '../../shared/built-html';

/**
 * `'sha256-…'` of each distinct inline script that the site's own code wrote in an HTML page and the
 * browser runs (classic scripts, modules, import maps, speculation rules: src/shared/built-html), as
 * CSP writes them. Never one that arrived with a page's content (its React root, its head tags):
 * the policy must not let content run. Data blocks (`application/ld+json`) are not run, and need none.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const body of siteInlineScripts(html)) {
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The policy: everything from the site itself; scripts from the site and the hashed inline ones;
 * WebAssembly for the search engine (Pagefind); inline `style` attributes, which React writes;
 * images from the site and `data:` (Infima's icons); no plugins, frames only from the site, no
 * other site may frame a page.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...scriptHashes].sort().join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** Every security header, as nginx `add_header` lines (`always`: on errors and redirects too). */
export function securityHeaderLines(scriptHashes: readonly string[]): string[] {
  const headers: Array<[string, string]> = [
    ['Content-Security-Policy', contentSecurityPolicy(scriptHashes)],
    ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'SAMEORIGIN'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
  return headers.map(([name, value]) => `add_header ${name} "${value}" always;`);
}
