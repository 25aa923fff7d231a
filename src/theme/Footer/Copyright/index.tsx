/**
 * Footer copyright (wrapped): the licence line, preceded on paper by the page's address and the
 * printing day (src/features/print/theme/PrintedPageDetails), so that the licence line ends a printed page.
 */
import React, {type ReactNode} from 'react';
import Copyright from '@theme-original/Footer/Copyright';
import type CopyrightType from '@theme/Footer/Copyright';
import type {WrapperProps} from '@docusaurus/types';
import PrintedPageDetails from '@site/src/features/print/theme/PrintedPageDetails';

type Props = WrapperProps<typeof CopyrightType>;

export default function CopyrightWrapper(props: Props): ReactNode {
  return (
    <>
      <PrintedPageDetails />
      <Copyright {...props} />
    </>
  );
}
