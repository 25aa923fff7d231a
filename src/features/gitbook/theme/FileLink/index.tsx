/** FileLink: what GitBook's `{% file %}` becomes, a link to the file with its format and size. */
import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

export default function FileLink({children}: {children?: ReactNode}): ReactNode {
  return <div className={styles.fileLink}>{children}</div>;
}
