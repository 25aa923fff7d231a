import {createHash} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {contentSecurityPolicy, inlineScriptHashes, securityHeaderLines} from '../headers';
import {editionBaseUrls} from '../../../shared/i18n/edition-base-urls';
import {nginxSiteConfig} from '../index';

const sha = (body: string) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes each inline script that runs, once, and only those', () => {
    const html = [
      '<script>var a = 1;</script>',
      '<script type="text/javascript">var b = 2;</script>',
      '<script>var a = 1;</script>',
      '<script src="/assets/js/main.js" defer></script>',
      '<script type="application/ld+json">{"@type": "WebPage"}</script>',
      '<script data-rh=true type=application/ld+json>{"@type": "BreadcrumbList"}</script>',
      '<script></script>',
    ].join('\n');
    expect(inlineScriptHashes(html)).toEqual([sha('var a = 1;'), sha('var b = 2;')]);
  });

  it('never hashes a script that came with a page’s content (its React root, its head tags): the policy would let it run', () => {
    const html =
      '<html><head><script data-rh=true>document.title="pwned"</script></head><body><script>theme()</script>' +
      '<div id=__docusaurus><main><p>Texte</p><script>document.title="pwned"</script></main></div></body></html>';
    expect(inlineScriptHashes(html)).toEqual([sha('theme()')]);
  });

  it('hashes an import map, a module and speculation rules too, as the browser reads them: the bytes between the tags', () => {
    const importMap = '{"imports": {"a": "/assets/js/a.js?x=1&amp;y=2"}}';
    const html = [
      `<script type="importmap">${importMap}</script>`,
      '<script type=module>import "a";</script>',
      '<script type="speculationrules">{"prefetch": []}</script>',
      '<script type="text/plain">pas un script</script>',
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([sha(importMap), sha('import "a";'), sha('{"prefetch": []}')]);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows the site, the hashed scripts and WebAssembly; never inline scripts', () => {
    const policy = contentSecurityPolicy(["'sha256-b'", "'sha256-a'"]);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b';");
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy.split('script-src')[1]!.split(';')[0]).not.toContain('unsafe-inline');
  });

  it('writes each header for every answer, errors included', () => {
    for (const line of securityHeaderLines([])) expect(line).toMatch(/^add_header [A-Za-z-]+ "[^"]+" always;$/);
  });
});

describe('nginx site configuration', () => {
  const i18n = (currentLocale: string) => ({
    defaultLocale: 'fr',
    locales: ['fr', 'en'],
    currentLocale,
    localeConfigs: {fr: {path: 'fr'}, en: {path: 'en'}},
  });

  it('finds the site’s base URL from any edition’s build', () => {
    for (const [baseUrl, locale] of [
      ['/', 'fr'],
      ['/en/', 'en'],
      ['/communs/', 'fr'],
      ['/communs/en/', 'en'],
    ] as const) {
      const context = {siteConfig: {baseUrl}, i18n: i18n(locale)} as unknown as Parameters<typeof editionBaseUrls>[0];
      expect(editionBaseUrls(context), `${baseUrl} ${locale}`).toEqual(baseUrl.startsWith('/communs/') ? ['/communs/', '/communs/en/'] : ['/', '/en/']);
    }
  });

  it('one location per edition with its 404, assets kept a year, headers repeated where a location adds its own', () => {
    const config = nginxSiteConfig(['/communs/', '/communs/en/'], ["'sha256-a'"]);
    expect(config).toContain('location ^~ /communs/assets/ {');
    expect(config).toContain('location ^~ /communs/en/assets/ {');
    expect(config).toMatch(/location \/communs\/en\/ \{[^}]*error_page 404 \/communs\/en\/404\.html;/);
    expect(config).toMatch(/location \/communs\/ \{[^}]*error_page 404 \/communs\/404\.html;/);
    const blocks = config.split(/^location /m).slice(1);
    expect(blocks).toHaveLength(4);
    for (const block of blocks) expect(block).toContain("'sha256-a'");
  });
});
