import {describe, expect, it} from 'vitest';
import {islandsPageStep} from '../page-step';
import {droppedClientModules} from '../client-modules';

/** The theme's own client modules, as @docusaurus/theme-classic 3.10 declares them. */
const themeClassic = {
  name: 'docusaurus-theme-classic',
  getClientModules: () => ['/site/node_modules/infima/dist/css/default/default.css', './prism-include-languages', './nprogress', '/site/src/css/custom.css'],
};
const analytics = {name: 'plugin-analytique', getClientModules: () => ['/site/node_modules/analytique/client.js']};
const zoom = {name: 'plugin-zoom', options: {id: 'images'}, getClientModules: () => ['./zoom.css', './zoom.js']};

describe('le code des plugins pour le navigateur', () => {
  it('celui que les pages statiques perdraient est listé, plugin par plugin ; feuilles de style et code du thème remplacé exceptés', () => {
    expect(droppedClientModules([themeClassic, analytics, zoom, {name: 'islands', getClientModules: () => ['/site/islands.ts']}], 'islands')).toEqual([
      {plugin: 'plugin-analytique', module: '/site/node_modules/analytique/client.js'},
      {plugin: 'plugin-zoom (images)', module: './zoom.js'},
    ]);
    expect(droppedClientModules([themeClassic, {name: 'print', getClientModules: () => ['/site/print.css']}], 'islands')).toEqual([]);
  });

  it('arrête la construction avant de toucher aux pages, en nommant le plugin et les solutions', async () => {
    const step = islandsPageStep({baseUrl: '/'} as never);
    const build = Promise.resolve(step.start!({outDir: '/nulle-part', routesPaths: ['/'], plugins: [themeClassic, analytics]} as never));
    await expect(build).rejects.toThrow(/plugin « plugin-analytique » : \/site\/node_modules\/analytique\/client\.js/);
    await expect(build).rejects.toThrow(/retirez le plugin de docusaurus\.config\.ts ; ou faites de son comportement un îlot/);
  });
});
