/**
 * GuideTopics: the guide's top-level topics as list items of links, for the menus and the 404 page
 * (global data of the guide-outline plugin: labels and addresses only).
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {GuideOutlineGlobalData} from '@site/src/features/guide-outline';

export default function GuideTopics(): ReactNode {
  const {topics} = usePluginData('guide-outline') as GuideOutlineGlobalData;
  const {pathname} = useLocation();
  return topics
    .filter((topic) => topic.permalink)
    .map((topic) => (
      <li key={topic.permalink}>
        <Link to={topic.permalink} aria-current={topic.permalink === pathname ? 'page' : undefined} lang={topic.lang}>
          {topic.label}
        </Link>
      </li>
    ));
}
