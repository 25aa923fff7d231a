/**
 * Updates: what GitBook's `{% updates %}` becomes, dated sections, each opening on its date written
 * in the edition's language (`<time datetime>` for machines), the newest first as the author wrote.
 */
import React, {type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import styles from './styles.module.css';

export function Update({date, children}: {date: string; children?: ReactNode}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const language = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  const shown = new Intl.DateTimeFormat(language, {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'}).format(new Date(`${date}T00:00:00Z`));
  return (
    <section className={styles.update}>
      <p className={styles.date}>
        <time dateTime={date}>{shown}</time>
      </p>
      {children}
    </section>
  );
}

export default function Updates({children}: {children?: ReactNode}): ReactNode {
  return <div className={styles.updates}>{children}</div>;
}
