/**
 * « Proposer une modification » (swizzled, replaced): the link to the page's source in the forge's
 * web editor opens in the same tab, like every other link of the site (RGAA 13.2), where Docusaurus
 * would open a new tab without saying so.
 */
import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {ThemeClassNames} from '@docusaurus/theme-common';
import IconEdit from '@theme/Icon/Edit';
import type {Props} from '@theme/EditThisPage';

export default function EditThisPage({editUrl}: Props): ReactNode {
  return (
    <a href={editUrl} className={ThemeClassNames.common.editThisPage}>
      <IconEdit />
      <Translate id="theme.common.editThisPage" description="The link label to edit the current page">
        Proposer une modification
      </Translate>
    </a>
  );
}
