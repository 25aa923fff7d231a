/**
 * The GitBook blocks' components (theme/), which the remark plugins emit from `{% hint %}`,
 * `{% tabs %}`… and which an MDX page may write itself: rendered at build time, their behaviour
 * (tabs) an island, they work without React in the browser (src/features/islands/remark/static-page).
 */
import type {StaticComponents} from '../../shared/static-components';

export const gitbookStaticComponents: StaticComponents = {
  components: [
    'Hint',
    'Tabs',
    'Tab',
    'EmbedLink',
    'PageLink',
    'FileLink',
    'Steps',
    'Step',
    'Columns',
    'Column',
    'Updates',
    'Update',
    'ApiReference',
    'LinkCards',
    'LinkCard',
  ],
  modules: [],
};
