/**
 * Footer copyright (wrapped by this feature, through its plugin's getThemePath): the licence line, preceded on paper by the page's address and the
 * printing day (src/features/print/theme/PrintedPageDetails), so that the licence line ends a printed page.
 */
import React, {type ReactNode} from 'react';
// A plugin's theme component wraps the theme's own: @theme-init (as @docusaurus/theme-live-codeblock does).
import Copyright from '@theme-init/Footer/Copyright';
import type CopyrightType from '@theme/Footer/Copyright';
import type {WrapperProps} from '@docusaurus/types';
import PrintedPageDetails from '../../PrintedPageDetails';

type Props = WrapperProps<typeof CopyrightType>;

export default function CopyrightWrapper(props: Props): ReactNode {
  return (
    <>
      <PrintedPageDetails />
      <Copyright {...props} />
    </>
  );
}
