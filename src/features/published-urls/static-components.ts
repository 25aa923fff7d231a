/** The site's address as a page shows it (theme/SiteAddress): text rendered at build time (src/features/islands/remark/static-page). */
import type {StaticComponents} from '../../shared/static-components';

export const publishedUrlsStaticComponents: StaticComponents = {components: [], modules: ['@site/src/features/published-urls/theme/SiteAddress']};
