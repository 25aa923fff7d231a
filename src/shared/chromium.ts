/**
 * Chromium for the browser tests, the benchmarks and the PDF (npm run pdf): Debian's `chromium`, or
 * the browser named by `CHROMIUM_PATH`.
 * Never skips: without a browser the tests fail and say how to get one.
 */
import {accessSync, constants, existsSync} from 'node:fs';
import path from 'node:path';
import {chromium, type Browser} from 'playwright-core';

/**
 * Flags for a headless Chromium on a machine without network, GPU or large /dev/shm (CI
 * containers): no background requests, no sandbox (tests run as root in CI), a fresh profile.
 */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Names of a Chromium-based browser, looked up on the PATH (Debian's package is `chromium`). */
const browserNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this folder.
    }
  }
  return undefined;
}

/**
 * Chromium's headless shell (Debian's chromium-headless-shell, the same engine without the desktop
 * browser around it): what Playwright itself runs headless, a third faster to load and check a page.
 */
const headlessShellNames = ['chromium-headless-shell'];

/**
 * The browser to launch: CHROMIUM_PATH when set, else a Chromium found on the PATH; with
 * `headlessShell`, Chromium's headless shell first when installed (the tests).
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, {headlessShell = false}: {headlessShell?: boolean} = {}): string {
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured) {
    if (!existsSync(configured)) {
      throw new Error(
        `CHROMIUM_PATH=${configured} : aucun navigateur à cet emplacement. Corrigez le chemin, ou retirez la variable pour utiliser Chromium (Debian : sudo apt-get install -y chromium).`,
      );
    }
    return configured;
  }
  const found = [...(headlessShell ? headlessShellNames : []), ...browserNames].map((name) => onPath(name, env)).find(Boolean);
  if (!found) {
    throw new Error(
      'Aucun Chromium trouvé (tests dans le navigateur, npm run pdf). Installez-le (Debian : sudo apt-get install -y chromium) ' +
        'ou indiquez votre Chrome ou Chromium avec la variable CHROMIUM_PATH, par exemple ' +
        'CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test.',
    );
  }
  return found;
}

/**
 * Every host name but the loopback's fails to resolve: the browser itself refuses to reach another
 * site, without a round trip through Node for each request.
 */
export const onlyLoopbackFlag = '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost';

const loopbackOnly = new WeakSet<Browser>();

/** True for a browser launched with `onlyLoopback`: it cannot reach another site. */
export function isLoopbackOnly(browser: Browser): boolean {
  return loopbackOnly.has(browser);
}

/**
 * A new headless browser, with a fresh profile (Playwright gives each launch its own).
 * `onlyLoopback`: it reaches no other site; `headlessShell`: Chromium's headless shell if installed.
 */
export async function launchChromium({onlyLoopback = false, headlessShell = false}: {onlyLoopback?: boolean; headlessShell?: boolean} = {}): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: findChromium(process.env, {headlessShell}),
    args: onlyLoopback ? [...chromiumFlags, onlyLoopbackFlag] : chromiumFlags,
    headless: true,
  });
  if (onlyLoopback) loopbackOnly.add(browser);
  return browser;
}
