/**
 * Docusaurus's `markdown.hooks.onBrokenMarkdownImages`: an image not found stops the build with its
 * file and line, in French, rather than Docusaurus's English message; a draft prints it and goes on.
 * (remark/links, before it, has already said where the image is expected, and for a translation,
 * where the French page's image is.)
 */
import path from 'node:path';
import type {OnBrokenMarkdownImagesFunction} from '@docusaurus/types';
import {stopOrWarn} from '../../../../shared/content-problems';

export function brokenImageHook({siteDir, draft}: {siteDir: string; draft: boolean}): OnBrokenMarkdownImagesFunction {
  return ({sourceFilePath, url, node}) => {
    const start = node.position?.start;
    const file = path.relative(siteDir, path.resolve(siteDir, sourceFilePath)).split(path.sep).join('/');
    const message = `${file}${start ? `:${start.line}:${start.column}` : ''} Image « ${url} » introuvable : placez l’image à côté de la page (une traduction cherche les siennes à côté d’elle), ou corrigez son chemin.`;
    return stopOrWarn(message, {draft});
  };
}
