/**
 * What other features may use of French typography (their declared entry, .dependency-cruiser.cjs):
 * typesetting a text, a Markdown source, a front matter, as the build does.
 */
export {applyFrenchTypography} from './remark';
export {typesetFrontMatterSource, typesetMarkdownSource} from './source';
