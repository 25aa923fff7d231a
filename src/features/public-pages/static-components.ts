/**
 * The settings that the service-public pages show (theme/SiteSettings): text rendered at build time,
 * imported by src/pages/*.mdx, without React in the browser (src/features/islands/remark/static-page).
 */
import type {StaticComponents} from '../../shared/static-components';

export const publicPagesStaticComponents: StaticComponents = {components: [], modules: ['@site/src/features/public-pages/theme/SiteSettings']};
