/**
 * A build for a public address that lacks most of the settings the law requires, reviewed as a draft
 * (PUBLICATION_DRAFT=1, as the merge requests' preview is): it builds, lists what is missing in its
 * log, and says on the pages that what is unknown is unknown.
 */
import type {Scenario} from './scenario';

export const publicDraftSettings = {SITE_URL: 'https://communs.exemple.fr', HOST_NAME: 'Hébergeur d’essai'};

export const publicDraft: Scenario<Record<string, never>> = {
  name: 'public-draft',
  env: {...publicDraftSettings, PUBLICATION_DRAFT: '1'},
  async prepare() {
    return {};
  },
};
