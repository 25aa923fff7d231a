/**
 * Columns: what GitBook's `{% columns %}` becomes. Side by side on a wide screen, each column taking
 * its share (`share`, GitBook's width in percent) of the row; one after the other on a phone and on
 * paper, in the order written.
 */
import React, {type CSSProperties, type ReactNode} from 'react';
import styles from './styles.module.css';

export function Column({share, children}: {share?: string; children?: ReactNode}): ReactNode {
  const grow = Number(share);
  const style = Number.isFinite(grow) && grow > 0 ? ({'--column-share': grow} as CSSProperties) : undefined;
  return (
    <div className={styles.column} style={style}>
      {children}
    </div>
  );
}

export default function Columns({children}: {children?: ReactNode}): ReactNode {
  return <div className={styles.columns}>{children}</div>;
}
