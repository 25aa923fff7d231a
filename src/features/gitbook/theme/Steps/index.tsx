/**
 * Steps: what GitBook's `{% stepper %}` becomes, an ordered list whose items are the steps, so that
 * screen readers announce « liste, 3 éléments » and each step's number; the numbers are drawn in
 * circles on a line that links them.
 */
import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

export function Step({children}: {children?: ReactNode}): ReactNode {
  return <li className={styles.step}>{children}</li>;
}

export default function Steps({children}: {children?: ReactNode}): ReactNode {
  return <ol className={styles.steps}>{children}</ol>;
}
