/** The correspondence table, plain HTML once rendered: usable in any page without React (src/features/islands/remark/static-page). */
import type {StaticComponents} from '../../shared/static-components';

export const correspondenceTableStaticComponents: StaticComponents = {components: ['CorrespondenceTable', 'CorrespondenceRow'], modules: []};
