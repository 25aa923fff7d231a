/**
 * A public build cannot break the law (src/shared/settings/site.ts): with a public SITE_URL and mandatory
 * settings missing, `docusaurus build` stops at once and names each one, with the text that requires
 * it; with PUBLICATION_DRAFT=1 it builds, and lists them in its log (the scenario site is such a
 * build, tests/scenarios/public-draft.ts). With every setting given, the preview of a merge request
 * shows them (tests/pipeline/preview.test.ts).
 */
import {existsSync} from 'node:fs';
import {rm} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildSite, projectRoot} from '../support/build-site';
import {readBuiltPage} from '../support/built-site';
import {publicDraftSettings} from '../scenarios/public-draft';
import {readScenarioSite} from '../scenarios/scenario-site';

const outDir = path.join(projectRoot, 'tests', '.output', 'publication-settings');
const publicSite = publicDraftSettings;

describe('une construction publique sans les réglages que la loi exige', () => {
  it('s’arrête et nomme chaque réglage manquant, sa variable et sa raison', async () => {
    await rm(outDir, {recursive: true, force: true});
    const build = await buildSite({outDir, env: publicSite, locale: 'fr'});
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('Publication refusée pour https://communs.exemple.fr');
    for (const variable of ['HOST_ADDRESS', 'HOST_PHONE', 'PUBLICATION_DIRECTOR', 'CONTACT_EMAIL ou CONTACT_URL', 'ACCESSIBILITY_PLAN_URL', 'LOG_RETENTION']) {
      expect(build.output).toMatch(new RegExp(`^- ${variable} : .+ ; exigé par .+\\.$`, 'm'));
    }
    // Given, the host's name is not asked for.
    expect(build.output).not.toMatch(/^- HOST_NAME /m);
    expect(build.output).toContain('PUBLICATION_DRAFT=1');
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
  });

  it('avec PUBLICATION_DRAFT=1, se construit et les liste dans son journal (site des scénarios)', () => {
    const {build, buildDir} = readScenarioSite();
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain(`Brouillon (PUBLICATION_DRAFT=1) : réglages obligatoires manquants pour ${publicDraftSettings.SITE_URL}`);
    expect(build.output).toMatch(/^- LOG_RETENTION : /m);
    // What is unknown is said to be unknown, never invented.
    const privacy = readBuiltPage(buildDir, '/donnees-personnelles').document.querySelector('main')!.textContent!;
    expect(privacy).toContain('une durée que l’instance qui publie ce site n’a pas encore renseignée');
  });
});
