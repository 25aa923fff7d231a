/** PageLink: what GitBook's `{% content-ref %}` becomes, a link to another page of the guide. */
import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

export default function PageLink({children}: {children?: ReactNode}): ReactNode {
  return <div className={styles.pageLink}>{children}</div>;
}
