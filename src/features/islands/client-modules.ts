/**
 * The plugins' browser code, sorted for pages without React. A feature's island (a module of its
 * `client/` folder) is gathered into the islands module: each feature registers its own. Any other
 * code would be silently gone without. A plugin's client modules
 * (`getClientModules`: analytics, diagrams, zoomable images…) run only where React does: in
 * development, and on the pages that say `hydrate: true`. On every other page they would do nothing,
 * and nothing would say so; the build stops instead, naming the plugin.
 *
 * Style sheets are kept (the pages keep the site's CSS). The theme's own browser code is known and
 * replaced: code is highlighted at build time (prism-include-languages), and a page loaded as a
 * whole has no route change to show a progress bar for (nprogress).
 */
import path from 'node:path';

export interface PluginWithClientModules {
  name: string;
  options?: {id?: string};
  getClientModules?: () => string[];
}

const styleSheet = /\.(?:css|scss|sass|less)$/i;

/** Per plugin, the modules whose work static pages do otherwise. */
const replacedOnStaticPages: Record<string, RegExp> = {
  'docusaurus-theme-classic': /(?:^|[\\/])(?:prism-include-languages|nprogress)(?:\.[cm]?[jt]sx?)?$/,
};

/**
 * An island: a module of a feature's `client/` folder (src/features/<name>/client/), framework-free
 * code that enhances HTML that already works (the browser-boundary rules of eslint.config.mjs). The
 * features register theirs through their plugin's `getClientModules`.
 */
export function isIslandModule(module: string, siteDir: string): boolean {
  const relative = path.relative(siteDir, module).split(path.sep).join('/');
  return /^src\/features\/[^/]+\/client\/[^/]+\.[cm]?[jt]sx?$/.test(relative);
}

export interface ClientModules {
  /** The islands the features register, in the plugins' order: bundled for pages without React. */
  islands: string[];
  /** The browser code that pages without React would drop, by plugin. */
  dropped: Array<{plugin: string; module: string}>;
}

/** Sorts the plugins' client modules: islands, style sheets and the theme's replaced code (kept or done otherwise), and the rest. */
export function sortClientModules(plugins: readonly PluginWithClientModules[], siteDir: string): ClientModules {
  const sorted: ClientModules = {islands: [], dropped: []};
  for (const plugin of plugins) {
    const replaced = replacedOnStaticPages[plugin.name];
    const label = plugin.options?.id && plugin.options.id !== 'default' ? `${plugin.name} (${plugin.options.id})` : plugin.name;
    for (const module of plugin.getClientModules?.() ?? []) {
      if (isIslandModule(module, siteDir)) sorted.islands.push(module);
      else if (!styleSheet.test(module) && !replaced?.test(module)) sorted.dropped.push({plugin: label, module});
    }
  }
  return sorted;
}

/** The message that stops the build, one line per module. */
export function droppedClientModulesMessage(dropped: ReadonlyArray<{plugin: string; module: string}>): string {
  const lines = dropped.map(({plugin, module}) => `- plugin « ${plugin} » : ${module}`);
  return [
    'Du code pour le navigateur que les pages du site ne chargeraient pas : elles arrivent aux lecteurs en HTML, sans React ni les modules client des plugins, qui n’y feraient donc rien.',
    ...lines,
    'Trois solutions : retirez le plugin de docusaurus.config.ts ; ou faites de son comportement un îlot, un élément personnalisé enregistré par sa fonctionnalité (src/features/<fonctionnalité>/client, voir src/features/islands) ; ou, pour les seules pages qui en ont besoin, « hydrate: true » dans leur en-tête.',
  ].join('\n');
}
