/**
 * Print feature: a page printed or saved as PDF from the browser reads as a document. Its parts:
 * - print.css, the print style sheet (no navigation, the content in black, links' addresses),
 *   added after the theme's style sheets, which it overrides;
 * - theme/ (the printed page's address, date and licence, rendered at build time, hidden on screen);
 * - client/ (the island that writes the print date when the reader prints).
 * The guide's own PDF, made after the build, is another feature: src/features/pdf.
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

export default function printPlugin(): Plugin {
  return {
    name: 'print',
    // theme/Footer/Copyright: the printed page's address and date before the licence line.
    getThemePath() {
      return path.join(__dirname, 'theme');
    },
    getClientModules() {
      // The print style sheet, and the island that writes the print date (client/printed-page.ts).
      return [path.join(__dirname, 'print.css'), path.join(__dirname, 'client', 'printed-page.ts')];
    },
  };
}
