/**
 * Hint: a boxed note in a page. Renders GitBook `{% hint %}` blocks, `<Hint type="…">` in MDX, and
 * Docusaurus admonitions (`:::info`), so that all three look and read the same.
 */
import React, {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import HintIcon from './HintIcon';
import {hintTypes, isHintType, type HintType} from './types';
import styles from './styles.module.css';

export {hintTypes, isHintType, type HintType};

/** French name of each kind, read by assistive technology and shown above the text. */
export function hintLabel(type: HintType): string {
  // Literal calls, one per kind, so that `docusaurus write-translations` extracts them.
  switch (type) {
    case 'warning':
      return translate({id: 'hint.label.warning', message: 'Attention', description: 'Label of a warning box'});
    case 'danger':
      return translate({id: 'hint.label.danger', message: 'Danger', description: 'Label of a danger box'});
    case 'success':
      return translate({
        id: 'hint.label.success',
        message: 'Conseil',
        description: 'Label of a success box (GitBook « success »: a piece of advice, a good practice)',
      });
    case 'info':
    default:
      return translate({id: 'hint.label.info', message: 'Information', description: 'Label of an information box'});
  }
}

export interface HintProps {
  /** Kind of box; GitBook's `style`. */
  type: HintType;
  /** Overrides the kind's name, e.g. « Astuce » for a Docusaurus `:::tip`. */
  label?: string;
  /** Optional title shown instead of the kind's name, e.g. `:::info[Titre]`. */
  title?: ReactNode;
  className?: string;
  children?: ReactNode;
}

export default function Hint({type, label, title, className, children}: HintProps): ReactNode {
  const headingId = useId();
  if (!isHintType(type)) {
    // Reaching this means a page passed a wrong `type` in MDX: fail the build rather than guess.
    throw new Error(`<Hint type="${String(type)}"> : type inconnu. Types possibles : ${hintTypes.join(', ')}.`);
  }
  const kind = label ?? hintLabel(type);
  return (
    <div className={clsx(styles.hint, styles[type], className)} role="note" aria-labelledby={headingId} data-hint={type}>
      <p className={styles.heading} id={headingId}>
        <HintIcon type={type} className={styles.icon} />
        {title ? (
          <span>
            <span className="visually-hidden">
              {translate(
                {id: 'hint.label.beforeTitle', message: '{kind}\u00a0: ', description: 'Read before the title of a box: its kind, then a colon'},
                {kind},
              )}
            </span>
            {title}
          </span>
        ) : (
          <span>{kind}</span>
        )}
      </p>
      <div className={styles.content}>{children}</div>
    </div>
  );
}
