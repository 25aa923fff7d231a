/**
 * Page not found (swizzled, replaced): says in the reader's language what happened and leads to the home page, the
 * site map and each topic of the guide, instead of asking the reader to contact a webmaster. Its
 * <main> is the target of « Aller au contenu » when the guide's routes render it.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {PageMetadata} from '@docusaurus/theme-common';
import Heading from '@theme/Heading';
import type {Props} from '@theme/NotFound/Content';
import GuideTopics from '@site/src/features/guide-outline/theme/GuideTopics';
import {guideContentId} from '@site/src/theme/SkipToContent';

export default function NotFoundContent({className}: Props): ReactNode {
  return (
    <main id={guideContentId} className={clsx('container margin-vert--xl', className)} data-pagefind-ignore="all">
      {/* Also here: the docs plugin, served at the site's root, renders this content alone. */}
      <PageMetadata
        title={translate({id: 'theme.NotFound.title', message: 'Page introuvable'})}
        description={translate({
          id: 'notFound.description',
          message: 'Cette adresse ne correspond à aucune page\u00a0: retrouvez les thèmes du guide Communs numériques depuis l’accueil ou le plan du site.',
          description: 'Description of the page not found, for link previews',
        })}
      />
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1">{translate({id: 'theme.NotFound.title', message: 'Page introuvable'})}</Heading>
          <p>
            {translate({
              id: 'notFound.explanation',
              message:
                'Cette adresse ne correspond à aucune page du guide Communs numériques. Elle a peut-être été mal recopiée, ou la page a changé d’adresse.',
              description: 'Page not found: what may have happened',
            })}
          </p>
          <h2>{translate({id: 'notFound.whereToGo', message: 'Où aller\u202f?', description: 'Page not found: heading of the useful links'})}</h2>
          <ul>
            <li>
              <Link to="/">{translate({id: 'notFound.home', message: 'Revenir à l’accueil', description: 'Page not found: link to the home page'})}</Link>
            </li>
            <li>
              <Translate
                id="notFound.siteMap"
                description="Page not found: link to the site map; {siteMap} is the link"
                values={{
                  siteMap: (
                    <Link to="/plan-du-site">
                      {translate({
                        id: 'notFound.siteMap.link',
                        message: 'Consulter le plan du site',
                        description: 'Page not found: text of the link to the site map',
                      })}
                    </Link>
                  ),
                }}
              >
                {'{siteMap}, qui liste toutes les pages'}
              </Translate>
            </li>
          </ul>
          <h2>{translate({id: 'notFound.topics', message: 'Les thèmes du guide', description: 'Page not found: heading of the guide topics'})}</h2>
          <ul>
            <GuideTopics />
          </ul>
        </div>
      </div>
    </main>
  );
}
