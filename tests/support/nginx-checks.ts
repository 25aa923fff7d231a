/**
 * What the nginx kit must send with every answer (security headers, the Content-Security-Policy),
 * and the CSP violations a page reports in Chromium: shared by the tests of the kit on the guide's
 * build (tests/server/nginx.test.ts) and on a merge request's preview under its path
 * (tests/pipeline/preview.test.ts).
 */
import type {Page} from 'playwright-core';
import {expect} from 'vitest';
import {scriptsHaveRun} from './browser-page';

/** The policy's directives, by name. */
export function directives(policy: string | null): Map<string, string[]> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

export function expectSecurityHeaders(response: Response, what: string): void {
  const csp = directives(response.headers.get('content-security-policy'));
  expect(csp.get('default-src'), what).toEqual(["'self'"]);
  const scripts = csp.get('script-src') ?? [];
  expect(scripts, what).toContain("'self'");
  expect(scripts, what).not.toContain("'unsafe-inline'");
  expect(scripts, what).not.toContain("'unsafe-eval'");
  expect(scripts.filter((value) => value.startsWith("'sha256-")).length, what).toBeGreaterThan(0);
  expect(csp.get('frame-ancestors'), what).toEqual(["'self'"]);
  expect(csp.get('object-src'), what).toEqual(["'none'"]);
  expect(response.headers.get('strict-transport-security'), what).toMatch(/^max-age=\d{8,}/);
  expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(response.headers.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin');
  expect(response.headers.get('permissions-policy'), what).toContain('camera=()');
  expect(response.headers.get('server'), what).toBe('nginx');
}

/** Records the CSP violations of every page of a browser context, in `window.__cspViolations`. */
export const recordCspViolations = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ' : ' + (event.blockedURI || 'inline') + ' ' + (event.sample || ''));
  });
`;

/** Opens a page with the CSP violations it reports recorded, and returns them with console errors. */
export async function cspProblems(page: Page, url: string): Promise<string[]> {
  const problems: string[] = [];
  page.removeAllListeners('console');
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console : ${message.text()}`);
  });
  await page.goto(url, {waitUntil: 'networkidle'});
  await page.waitForFunction(scriptsHaveRun);
  const violations = await page.evaluate('window.__cspViolations');
  return [...problems, ...(violations as string[])];
}
