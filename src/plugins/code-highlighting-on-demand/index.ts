/**
 * Code highlighting on demand: the classic theme loads the Prism highlighter on every page, through
 * a client module (`prism-include-languages`), although the guide's pages show no code. This plugin
 * replaces that module with an empty one; the highlighter then arrives with the first code block
 * (src/theme/CodeBlock), which also registers the site's extra Prism languages, as the theme did.
 * Saves about 30 KB (compressed) on every page's first load: bench/RESULTS.md.
 */
import type {Plugin} from '@docusaurus/types';

/** Docusaurus adds theme-classic's client module by its absolute path, without the extension. */
const themePrismClientModule = /[\\/]@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;

export default function codeHighlightingOnDemandPlugin(): Plugin {
  return {
    name: 'code-highlighting-on-demand',
    configureWebpack(_config, isServer, {currentBundler}) {
      const {DefinePlugin, NormalModuleReplacementPlugin} = currentBundler.instance;
      // Read by src/theme/CodeBlock: the server renders code blocks highlighted, without waiting.
      const serverBundle = new DefinePlugin({'process.env.CODE_BLOCK_SERVER_BUNDLE': JSON.stringify(String(isServer))});
      if (isServer) return {plugins: [serverBundle]};
      return {
        plugins: [serverBundle, new NormalModuleReplacementPlugin(themePrismClientModule, require.resolve('./no-client-module'))],
      };
    },
  };
}
