/**
 * CorrespondenceTable: the two-column table « characteristic of a digital commons → how the
 * Incubateur puts it into practice », as a real table (caption, column and row headers) that stacks
 * into readable pairs on narrow screens. Fed by `:::correspondance[…]` blocks in Markdown.
 */
import React, {Children, type ReactNode} from 'react';
import styles from './styles.module.css';

export interface CorrespondenceTableProps {
  /** What the table shows, read first by screen readers. */
  caption: ReactNode;
  characteristicHeader: ReactNode;
  practiceHeader: ReactNode;
  /** `<CorrespondenceRow>` elements. */
  children: ReactNode;
}

/*
 * The explicit roles repeat the native ones on purpose: on narrow screens the stylesheet displays
 * the table as blocks, and some browsers (WebKit) then drop the table semantics unless roles say so.
 */
export default function CorrespondenceTable({caption, characteristicHeader, practiceHeader, children}: CorrespondenceTableProps): ReactNode {
  // Explicit table roles, redundant for jsx-a11y: on a phone the table is laid out as blocks
  // (styles.module.css), and browsers then drop a table's implicit roles; the roles keep it a table
  // for screen readers.
  /* eslint-disable jsx-a11y/no-redundant-roles */
  return (
    <table className={styles.table} role="table">
      <caption className={styles.caption}>{caption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            {characteristicHeader}
          </th>
          <th scope="col" role="columnheader">
            {practiceHeader}
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">{children}</tbody>
    </table>
  );
  /* eslint-enable jsx-a11y/no-redundant-roles */
}

export interface CorrespondenceRowProps {
  /** Exactly two children: the characteristic, then how it is put into practice. */
  children: ReactNode;
}

export function CorrespondenceRow({children}: CorrespondenceRowProps): ReactNode {
  const cells = Children.toArray(children);
  if (cells.length !== 2) {
    throw new Error(`<CorrespondenceRow> attend deux enfants (la caractéristique, puis sa mise en pratique) ; il en a reçu ${cells.length}.`);
  }
  const [characteristic, practice] = cells;
  // Explicit roles, as in the table above (jsx-a11y counts a cell as interactive: it is not).
  return (
    <tr className={styles.row} role="row">
      <th scope="row" role="rowheader" className={styles.characteristic}>
        {characteristic}
      </th>
      {/* eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role */}
      <td role="cell">
        <div className={styles.practice}>
          {/* The arrow only draws the link between the two cells: the table structure says it. */}
          <span className={styles.arrow} aria-hidden="true">
            →
          </span>
          <div>{practice}</div>
        </div>
      </td>
    </tr>
  );
}
