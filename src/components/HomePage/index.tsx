/**
 * HomePage: says in two sentences what the guide is, then leads to its topics. The topics come from
 * the guide outline (sidebar order, each page's own title and description), never from a copy; a
 * topic made of several pages lists them.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';
import {entryPermalink, type OutlineEntry} from '@site/src/plugins/guide-outline/outline';
import styles from './styles.module.css';

export interface HomePageProps {
  outline: OutlineEntry[];
}

export default function HomePage({outline}: HomePageProps): ReactNode {
  const summary = translate({
    id: 'home.summary',
    message:
      'Ce guide de l’Incubateur des Territoires explique aux collectivités territoriales ce qu’est un commun numérique et comment l’Incubateur le met en pratique. Il répond aux questions que se posent agents et élus avant de produire, d’entretenir ou de partager une solution numérique avec d’autres collectivités.',
  });
  // The site's name, in the locale's edition (src/i18n/site-texts.ts).
  const {title} = useDocusaurusContext().siteConfig;
  const topicsTitle = translate({id: 'home.topics.title', message: 'Les thèmes du guide'});
  return (
    <Layout description={summary}>
      <main className={styles.home} data-pagefind-ignore="all">
        <div className="container">
          <header className={styles.header}>
            <h1 className={styles.title}>{title}</h1>
            <p className={styles.summary}>{summary}</p>
          </header>
          <section aria-labelledby="themes-du-guide">
            <h2 id="themes-du-guide" className={styles.topicsTitle}>
              {topicsTitle}
            </h2>
            <ol className={styles.topics}>
              {outline.map((topic) => (
                <li key={topic.permalink ?? topic.title} className={styles.topic}>
                  <h3 className={styles.topicTitle}>
                    {topic.permalink ? <Link to={topic.permalink}>{topic.title}</Link> : topic.title}
                  </h3>
                  {topic.description ? <p className={styles.topicDescription}>{topic.description}</p> : null}
                  {topic.children?.length ? (
                    <ul className={styles.subtopics}>
                      {topic.children.map((child) => {
                        const permalink = entryPermalink(child);
                        return (
                          <li key={permalink ?? child.label}>{permalink ? <Link to={permalink}>{child.label}</Link> : child.label}</li>
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
