/**
 * Content security: pages load and run only what the site wrote. Two checks, one on each side of the
 * build, whatever converted the content (Markdown, MDX, GitBook's HTML, an import):
 * - remark/no-script, first in the Markdown pipeline (src/content-pipeline.ts): a `<script>`, an
 *   event handler written as text or an `<iframe srcdoc>` in a page's source stops the build at its
 *   line;
 * - page-step.ts, first in the pass over the built pages (src/features/built-pages): an element that
 *   would fetch from another site, or a script that the template did not write, stops a publication
 *   with its page, element, file and line; a draft links to it instead, and lists it.
 * The nginx kit's Content-Security-Policy hashes only the template's own inline scripts
 * (src/shared/built-html, `siteInlineScripts`), never one that came with content.
 */
export {contentSecurityPageStep} from './page-step';
