/**
 * The guide's table of contents, in reading order. A new page appears in the sidebar, the
 * previous/next links and the home page once its id (its file name without `.md`) is listed here.
 */
import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  guide: ['definition', 'caracteristiques', 'questions-des-collectivites', 'mise-en-pratique'],
};

export default sidebars;
