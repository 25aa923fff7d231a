/**
 * Which Markdown files are guide pages, whose front matter must give a title, a description and a
 * slug: shared by the build's check (src/features/content-checks/remark/page-front-matter), the
 * content checker and the published addresses.
 */
import path from 'node:path';

/** True for a guide page: a file under a docs folder that is not a partial (`_name`). */
export function isGuidePage(filePath: string, docsDirs: readonly string[]): boolean {
  return docsDirs.some((dir) => {
    const relative = path.relative(dir, filePath);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && !relative.split(path.sep).some((segment) => segment.startsWith('_'));
  });
}
