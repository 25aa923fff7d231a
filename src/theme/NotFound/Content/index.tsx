/**
 * Page not found (swizzled, replaced): says in French what happened and leads to the home page, the
 * site map and each topic of the guide, instead of asking the reader to contact a webmaster. Its
 * <main> is the target of « Aller au contenu » when the guide's routes render it.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {PageMetadata} from '@docusaurus/theme-common';
import Heading from '@theme/Heading';
import type {Props} from '@theme/NotFound/Content';
import GuideTopics from '@site/src/components/GuideTopics';
import {guideContentId} from '@site/src/theme/SkipToContent';

export default function NotFoundContent({className}: Props): ReactNode {
  return (
    <main
      id={guideContentId}
      className={clsx('container margin-vert--xl', className)}
      data-pagefind-ignore="all">
      {/* Also here: the docs plugin, served at the site's root, renders this content alone. */}
      <PageMetadata
        title={translate({id: 'theme.NotFound.title', message: 'Page introuvable'})}
        description={'Cette adresse ne correspond à aucune page\u00a0: retrouvez les thèmes du guide Communs numériques depuis l’accueil ou le plan du site.'}
      />
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1">Page introuvable</Heading>
          <p>
            Cette adresse ne correspond à aucune page du guide Communs numériques. Elle a peut-être été mal
            recopiée, ou la page a changé d’adresse.
          </p>
          <h2>Où aller ?</h2>
          <ul>
            <li>
              <Link to="/">Revenir à l’accueil</Link>
            </li>
            <li>
              <Link to="/plan-du-site">Consulter le plan du site</Link>, qui liste toutes les pages
            </li>
          </ul>
          <h2>Les thèmes du guide</h2>
          <ul>
            <GuideTopics />
          </ul>
        </div>
      </div>
    </main>
  );
}
