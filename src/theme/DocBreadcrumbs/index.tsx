/**
 * The breadcrumbs above a guide page (swizzled, ejected: Docusaurus 3.10's own, one change). Each
 * crumb's label carries the `lang` of its page's title, or of its section's name, when it is not the
 * edition's (a page or a section name not translated yet, shown in French in the English edition),
 * so that screen readers say it in its language. Ejected because the theme renders the labels itself, from the sidebar, and gives no prop
 * to mark them; the structured data (DocBreadcrumbs/StructuredData) keeps the plain labels.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {useSidebarBreadcrumbs} from '@docusaurus/plugin-content-docs/client';
import {useHomePageRoute} from '@docusaurus/theme-common/internal';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import HomeBreadcrumbItem from '@theme/DocBreadcrumbs/Items/Home';
import DocBreadcrumbsStructuredData from '@theme/DocBreadcrumbs/StructuredData';
import {useSectionNameLanguage, useTextLanguage} from '@site/src/features/translations/theme/text-language';

import styles from './styles.module.css';

function BreadcrumbsItemLink({children, href, isLast}: {children: ReactNode; href: string | undefined; isLast: boolean}): ReactNode {
  const className = 'breadcrumbs__link';
  if (isLast) {
    return <span className={className}>{children}</span>;
  }
  return href ? (
    <Link className={className} href={href}>
      <span>{children}</span>
    </Link>
  ) : (
    <span className={className}>{children}</span>
  );
}

function BreadcrumbsItem({children, active}: {children: ReactNode; active?: boolean}): ReactNode {
  return <li className={clsx('breadcrumbs__item', {'breadcrumbs__item--active': active})}>{children}</li>;
}

/** The change: a crumb's label in its language: its page's title's, or its section's name's. */
function BreadcrumbLabel({label, href, section}: {label: string; href: string | undefined; section: boolean}): ReactNode {
  const pageLanguage = useTextLanguage(href);
  const sectionLanguage = useSectionNameLanguage(label);
  const language = section ? sectionLanguage : pageLanguage;
  return language ? <span lang={language}>{label}</span> : label;
}

export default function DocBreadcrumbs(): ReactNode {
  const breadcrumbs = useSidebarBreadcrumbs();
  const homePageRoute = useHomePageRoute();

  if (!breadcrumbs) {
    return null;
  }

  return (
    <>
      <DocBreadcrumbsStructuredData breadcrumbs={breadcrumbs} />
      <nav
        className={clsx(ThemeClassNames.docs.docBreadcrumbs, styles.breadcrumbsContainer)}
        aria-label={translate({
          id: 'theme.docs.breadcrumbs.navAriaLabel',
          message: 'Breadcrumbs',
          description: 'The ARIA label for the breadcrumbs',
        })}
      >
        <ul className="breadcrumbs">
          {homePageRoute && <HomeBreadcrumbItem />}
          {breadcrumbs.map((item, idx) => {
            const isLast = idx === breadcrumbs.length - 1;
            const href = item.type === 'category' && item.linkUnlisted ? undefined : item.href;
            return (
              <BreadcrumbsItem key={idx} active={isLast}>
                <BreadcrumbsItemLink href={href} isLast={isLast}>
                  <BreadcrumbLabel label={item.label} href={item.href} section={item.type === 'category'} />
                </BreadcrumbsItemLink>
              </BreadcrumbsItem>
            );
          })}
        </ul>
      </nav>
    </>
  );
}
