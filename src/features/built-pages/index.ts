/**
 * Built pages plugin: the one pass over each edition's built pages, after its build. The steps come
 * from the features that change or read every page, in the order docusaurus.config.ts lists them
 * (`steps`): today the islands' scripts (src/features/islands/page-step.ts), then the Content-Security-
 * Policy's hashes of the inline scripts as the pages end up (src/features/nginx-kit/page-step.ts).
 * Each page is read once and written once, atomically, only if a step changed it. Docusaurus runs the
 * plugins' own `postBuild` hooks concurrently: a rewrite there could race with another one.
 * The guide's PDF link is written later, by `npm run pdf`, on the finished pages.
 */
import {readFile, rename, writeFile} from 'node:fs/promises';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {builtHtmlFile} from '../../shared/html-file';
import type {PageStepFactory} from '../../shared/built-html/page-steps';

export interface BuiltPagesOptions {
  steps: PageStepFactory[];
}

/** Writes a file in one step (a new file renamed over the old), so a reader never sees half of it. */
async function replaceFile(file: string, content: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}

export default function builtPagesPlugin(context: LoadContext, {steps: factories}: BuiltPagesOptions): Plugin {
  const steps = factories.map((factory) => factory(context));
  return {
    name: 'built-pages',
    async postBuild(props) {
      const {baseUrl} = context;
      for (const step of steps) await step.start?.(props);
      const files = new Set(
        props.routesPaths
          .map((route) => builtHtmlFile(props.outDir, decodeURIComponent(route.slice(baseUrl.length))))
          .filter((file): file is string => file !== undefined),
      );
      await Promise.all(
        [...files].map(async (file) => {
          const original = await readFile(file, 'utf8');
          let html = original;
          for (const step of steps) html = step.page?.({file, html}) ?? html;
          if (html !== original) await replaceFile(file, html);
        }),
      );
      for (const step of steps) await step.finish?.(props);
    },
  };
}
