/**
 * The one escape function of the site's code: text made safe anywhere in HTML (and XML), in an
 * element's content or a quoted attribute. Apart from src/shared/built-html/index.ts, so that the
 * configuration and the feed take it without the HTML parser.
 */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
