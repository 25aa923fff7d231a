/**
 * Browser code that static pages would silently go without. A plugin's client modules
 * (`getClientModules`: analytics, diagrams, zoomable images…) run only where React does: in
 * development, and on the pages that say `hydrate: true`. On every other page they would do nothing,
 * and nothing would say so; the build stops instead, naming the plugin.
 *
 * Style sheets are kept (the pages keep the site's CSS). The theme's own browser code is known and
 * replaced: code is highlighted at build time (prism-include-languages), and a page loaded as a
 * whole has no route change to show a progress bar for (nprogress).
 */

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

/** Each plugin's browser code that static pages would drop, `own` (the islands plugin) excepted. */
export function droppedClientModules(plugins: readonly PluginWithClientModules[], own: string): Array<{plugin: string; module: string}> {
  return plugins.flatMap((plugin) => {
    if (plugin.name === own) return [];
    const replaced = replacedOnStaticPages[plugin.name];
    const label = plugin.options?.id && plugin.options.id !== 'default' ? `${plugin.name} (${plugin.options.id})` : plugin.name;
    return (plugin.getClientModules?.() ?? [])
      .filter((module) => !styleSheet.test(module) && !replaced?.test(module))
      .map((module) => ({plugin: label, module}));
  });
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
