/**
 * What other features may use of the GitBook feature (their declared entry, .dependency-cruiser.cjs):
 * the ASCII slug of a heading, and GitBook's HTML read as Markdown, as the importer and the build do.
 */
export {asciiSlug} from './import/slugs';
export {htmlBlockToMdast} from './remark/html/convert';
