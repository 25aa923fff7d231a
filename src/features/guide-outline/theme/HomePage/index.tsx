/**
 * HomePage: asks the guide's own question (« Un commun, dans une collectivité territoriale ? », the
 * GitBook space's description), says in two sentences what the guide holds, then gives the route
 * through it: « Par où commencer », its pages in reading order. They come from the guide outline
 * (sidebar order, each page's own title and description), never from a copy; a topic made of
 * several pages lists them.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';
import {entryPermalink, type OutlineEntry} from '@site/src/features/guide-outline/outline';
import styles from './styles.module.css';

export interface HomePageProps {
  outline: OutlineEntry[];
}

export default function HomePage({outline}: HomePageProps): ReactNode {
  const question = translate({
    id: 'home.question',
    message: 'Un commun, dans une collectivité territoriale\u202f?',
    description: 'The guide’s own question, under its title on the home page',
  });
  const summary = translate({
    id: 'home.summary',
    message:
      'Ce guide de l’Incubateur des Territoires explique aux collectivités territoriales ce qu’est un commun numérique, quelles caractéristiques lui sont propres et comment l’Incubateur les met en pratique. Il part des questions, à la fois pratiques et politiques, qui mènent les collectivités vers les communs.',
  });
  // The site's name, in the locale's edition (src/shared/i18n/site-texts.ts).
  const {title} = useDocusaurusContext().siteConfig;
  const topicsTitle = translate({id: 'home.route.title', message: 'Par où commencer', description: 'Home page: heading of the guide’s pages in reading order'});
  const topicsIntro = translate({
    id: 'home.route.intro',
    message: 'Les pages du guide, dans l’ordre où les lire\u00a0:',
    description: 'Home page: sentence before the guide’s pages in reading order',
  });
  return (
    <Layout description={summary}>
      <main className={styles.home} data-pagefind-ignore="all">
        <div className="container">
          <header className={styles.header}>
            <h1 className={styles.title}>{title}</h1>
            <p className={styles.question}>{question}</p>
            <p className={styles.summary}>{summary}</p>
          </header>
          {/* The id was published with the section's first title: it stays (src/features/published-urls/check). */}
          <section aria-labelledby="themes-du-guide">
            <h2 id="themes-du-guide" className={styles.topicsTitle}>
              {topicsTitle}
            </h2>
            <p>{topicsIntro}</p>
            <ol className={styles.topics}>
              {outline.map((topic) => (
                <li key={topic.permalink ?? topic.title} className={styles.topic}>
                  <h3 className={styles.topicTitle} lang={topic.lang}>
                    {topic.permalink ? <Link to={topic.permalink}>{topic.title}</Link> : topic.title}
                  </h3>
                  {topic.description ? (
                    <p className={styles.topicDescription} lang={topic.descriptionLang ?? topic.lang}>
                      {topic.description}
                    </p>
                  ) : null}
                  {topic.children?.length ? (
                    <ul className={styles.subtopics}>
                      {topic.children.map((child) => {
                        const permalink = entryPermalink(child);
                        return (
                          <li key={permalink ?? child.label} lang={child.lang}>
                            {permalink ? <Link to={permalink}>{child.label}</Link> : child.label}
                          </li>
                        );
                      })}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
        </div>
      </main>
    </Layout>
  );
}
