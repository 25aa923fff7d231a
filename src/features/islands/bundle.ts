/**
 * The islands module of a static page: client/static-page.ts and the islands the features register
 * (`islands:modules`: their `client/` modules, client-modules.ts), bundled by esbuild
 * into one small ES module named by its content (`assets/js/islands.<hash>.js`, cached for a year
 * like Docusaurus's own assets), plus the chunks it loads on demand (the search box's code, on first
 * focus). esbuild rather than the site's bundler: the islands are a separate, framework-free program,
 * and esbuild makes a standard ES module with native dynamic imports, whatever the base URL.
 */
import path from 'node:path';
import {build, type Plugin} from 'esbuild';

/** Browsers the islands are written for: every browser with ES modules (older ones get the HTML alone). */
export const islandsTarget = ['es2022', 'chrome90', 'firefox90', 'safari15', 'edge90'];

export const islandsEntry = path.join(__dirname, 'client', 'static-page.ts');

export interface IslandsBundle {
  /** The entry module, relative to the build folder, with `/` separators. */
  entry: string;
  /** Every file written, relative to the build folder. */
  files: string[];
}

/** `islands:modules`: a module that imports each island module, in the order given. */
function islandModules(modules: readonly string[]): Plugin {
  return {
    name: 'islands-modules',
    setup(build) {
      build.onResolve({filter: /^islands:modules$/}, () => ({path: 'islands:modules', namespace: 'islands'}));
      build.onLoad({filter: /.*/, namespace: 'islands'}, () => ({
        contents: modules.map((module) => `import ${JSON.stringify(module)};`).join('\n'),
        resolveDir: path.dirname(islandsEntry),
        loader: 'js',
      }));
    },
  };
}

/** `modules`: the island modules (absolute paths) that the features register, in their order. */
export async function bundleIslands(outDir: string, modules: readonly string[], entry: string = islandsEntry): Promise<IslandsBundle> {
  const result = await build({
    entryPoints: {islands: entry},
    plugins: [islandModules(modules)],
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    target: islandsTarget,
    outdir: path.join(outDir, 'assets', 'js'),
    entryNames: '[name].[hash]',
    chunkNames: 'islands-[name].[hash]',
    legalComments: 'none',
    charset: 'utf8',
    metafile: true,
    logLevel: 'silent',
    // The metafile's paths are relative to this folder: the build's.
    absWorkingDir: path.resolve(outDir),
  });
  const outputs = Object.entries(result.metafile.outputs).map(([file, output]) => ({
    file: file.split(path.sep).join('/'),
    entryPoint: output.entryPoint,
  }));
  const entryOutput = outputs.find((output) => output.entryPoint !== undefined);
  if (!entryOutput) throw new Error('Îlots : esbuild n’a écrit aucun module d’entrée.');
  return {entry: entryOutput.file, files: outputs.map((output) => output.file)};
}
