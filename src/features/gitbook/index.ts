/**
 * GitBook plugin: the browser side of GitBook's blocks, its island `<tab-group>` (client/tab-group.ts:
 * `{% tabs %}` as WAI-ARIA tabs), in every page (src/features/islands). The blocks themselves are
 * remark plugins (remark/, in src/content-pipeline.ts), their components theme/, the importer
 * import/ (`npm run import:gitbook`).
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

export default function gitbookPlugin(): Plugin {
  return {
    name: 'gitbook',
    getClientModules() {
      return [path.join(__dirname, 'client', 'tab-group.ts')];
    },
  };
}
