/**
 * PhoneMenu: the navbar menu on phones, a native <details> disclosure that works the same with or
 * without JavaScript (locked-down browsers, slow links before the scripts arrive). Its entries are
 * the navbar's, from docusaurus.config.ts (themeConfig.navbar.items), in their order, between the
 * home page and the site map (from which every page is one click away):
 * - the guide (`docSidebar`): each of its topics, from the sidebar (src/features/guide-outline);
 * - the language switch (`localeDropdown`): the same page in the other language;
 * - a dropdown: its name, then its items, all shown (a drop-down would need JavaScript);
 * - any other item (a link, a doc, HTML): as the theme renders it in its own mobile menu.
 * The search box is in the navbar itself, on phones too. With JavaScript an island
 * (src/features/phone-menu/client/phone-menu.ts) also closes the menu on Escape (focus back on its
 * button) and when one of its links leads to a section of the same page.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {usePluginData} from '@docusaurus/useGlobalData';
import {translate} from '@docusaurus/Translate';
import {useThemeConfig} from '@docusaurus/theme-common';
import IconMenu from '@theme/Icon/Menu';
import NavbarItem, {type Props as NavbarItemProps} from '@theme/NavbarItem';
import {GuideTopics, type GuideOutlineGlobalData} from '@site/src/features/guide-outline/theme/public';
import {LanguageLinks} from '@site/src/features/translations/theme/public';
import styles from './styles.module.css';

/** A navbar item of the configuration, as much as the phone menu reads of it. */
interface Item {
  type?: string;
  sidebarId?: string;
  label?: ReactNode;
  items?: Item[];
}

/** The theme's own rendering of an item in its mobile menu: a list item holding a link. */
const ThemeItem = ({item}: {item: Item}): ReactNode => <NavbarItem {...(item as NavbarItemProps)} mobile />;

function PhoneMenuItem({item}: {item: Item}): ReactNode {
  const outline = usePluginData('guide-outline') as GuideOutlineGlobalData | undefined;
  switch (item.type) {
    case 'docSidebar':
      // The guide's topics, when the outline follows this sidebar; else the theme's link to it.
      return outline?.sidebarId === item.sidebarId ? <GuideTopics /> : <ThemeItem item={item} />;
    case 'localeDropdown':
      return (
        <li className={styles.languages}>
          <LanguageLinks />
        </li>
      );
    case 'search':
      return null;
    case 'dropdown':
      return (
        <li className={styles.group}>
          <span className={styles.groupLabel}>{item.label}</span>
          <ul>
            {(item.items ?? []).map((child, index) => (
              <PhoneMenuItem key={index} item={child} />
            ))}
          </ul>
        </li>
      );
    default:
      return <ThemeItem item={item} />;
  }
}

export default function PhoneMenu(): ReactNode {
  const {pathname} = useLocation();
  const items = useThemeConfig().navbar.items as Item[];
  // The edition's own addresses: `/` is `/en/` in English.
  const home = useBaseUrl('/');
  const siteMap = useBaseUrl('/plan-du-site');
  const label = translate({id: 'phoneMenu.label', message: 'Menu', description: 'Name of the navbar menu on phones'});

  return (
    // `key`: a client-side navigation (pages that keep React) renders a new, closed menu.
    <details key={pathname} className={styles.menu} data-phone-menu="">
      <summary className={styles.summary}>
        <IconMenu aria-hidden="true" />
        <span className="visually-hidden">{label}</span>
      </summary>
      <nav className={styles.panel} aria-label={label}>
        <ul>
          <li>
            <Link to="/" aria-current={pathname === home ? 'page' : undefined}>
              {translate({id: 'phoneMenu.home', message: 'Accueil'})}
            </Link>
          </li>
          {/* The language switch comes last, apart from the pages. */}
          {items
            .filter((item) => item.type !== 'localeDropdown')
            .map((item, index) => (
              <PhoneMenuItem key={index} item={item} />
            ))}
          <li>
            <Link to="/plan-du-site" aria-current={pathname === siteMap ? 'page' : undefined}>
              {translate({id: 'phoneMenu.siteMap', message: 'Plan du site'})}
            </Link>
          </li>
          {items
            .filter((item) => item.type === 'localeDropdown')
            .map((item, index) => (
              <PhoneMenuItem key={index} item={item} />
            ))}
        </ul>
      </nav>
    </details>
  );
}
