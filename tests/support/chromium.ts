/**
 * Chromium for the browser tests: Debian's `chromium`, or the browser named by `CHROMIUM_PATH`.
 * Never skips: without a browser the tests fail and say how to get one.
 */
import {existsSync} from 'node:fs';
import {chromium, type Browser} from 'playwright-core';

/** Flags for a headless Chromium on a machine without network or GPU (see DEVELOPERS.md). */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured) {
    if (!existsSync(configured)) {
      throw new Error(`CHROMIUM_PATH=${configured} : aucun navigateur à cet emplacement.`);
    }
    return configured;
  }
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      'Aucun Chromium trouvé pour les tests dans le navigateur. Installez-le (Debian : sudo apt-get install -y chromium) ' +
        'ou indiquez votre Chrome ou Chromium avec la variable CHROMIUM_PATH, par exemple ' +
        'CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test.',
    );
  }
  return found;
}

/** A new headless browser, with a fresh profile (Playwright gives each launch its own). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({executablePath: findChromium(), args: chromiumFlags, headless: true});
}
