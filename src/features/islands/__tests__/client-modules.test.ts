import {describe, expect, it} from 'vitest';
import {islandsPageStep} from '../page-step';
import {sortClientModules} from '../client-modules';

/** The theme's own client modules, as @docusaurus/theme-classic 3.10 declares them. */
const themeClassic = {
  name: 'docusaurus-theme-classic',
  getClientModules: () => ['/site/node_modules/infima/dist/css/default/default.css', './prism-include-languages', './nprogress', '/site/src/css/custom.css'],
};
const analytics = {name: 'plugin-analytique', getClientModules: () => ['/site/node_modules/analytique/client.js']};
const zoom = {name: 'plugin-zoom', options: {id: 'images'}, getClientModules: () => ['./zoom.css', './zoom.js']};

describe('le code des plugins pour le navigateur', () => {
  it('les îlots des fonctionnalités sont réunis ; ce que les pages statiques perdraient est listé, plugin par plugin ; feuilles de style et code du thème remplacé exceptés', () => {
    const islands = {name: 'islands', getClientModules: () => ['/site/src/features/islands/client/index.ts']};
    const print = {name: 'print', getClientModules: () => ['/site/src/features/print/print.css', '/site/src/features/print/client/printed-page.ts']};
    expect(sortClientModules([themeClassic, islands, analytics, zoom, print], '/site')).toEqual({
      islands: ['/site/src/features/islands/client/index.ts', '/site/src/features/print/client/printed-page.ts'],
      dropped: [
        {plugin: 'plugin-analytique', module: '/site/node_modules/analytique/client.js'},
        {plugin: 'plugin-zoom (images)', module: './zoom.js'},
      ],
    });
    // A feature's Node module is no island, even under src/features.
    expect(sortClientModules([{name: 'x', getClientModules: () => ['/site/src/features/x/index.ts']}], '/site').dropped).toHaveLength(1);
  });

  it('arrête la construction avant de toucher aux pages, en nommant le plugin et les solutions', async () => {
    const step = islandsPageStep({baseUrl: '/', siteDir: '/site'} as never);
    const build = Promise.resolve(step.start!({outDir: '/nulle-part', routesPaths: ['/'], plugins: [themeClassic, analytics]} as never));
    await expect(build).rejects.toThrow(/plugin « plugin-analytique » : \/site\/node_modules\/analytique\/client\.js/);
    await expect(build).rejects.toThrow(/retirez le plugin de docusaurus\.config\.ts ; ou faites de son comportement un îlot/);
  });
});
