/**
 * Tabs: panels of which one shows at a time, as WAI-ARIA tabs (arrow keys, Home, End). Until the page
 * is hydrated, and always without JavaScript, every panel shows, one after the other under its
 * title: no content is ever out of reach. GitBook's `{% tabs %}` become these.
 */
import React, {
  Children,
  isValidElement,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactElement,
  type ReactNode,
} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

export interface TabProps {
  title: string;
  children?: ReactNode;
}

/** One panel of <Tabs>; <Tabs> lays it out. */
export function Tab({children}: TabProps): ReactNode {
  return children;
}

export default function Tabs({children}: {children: ReactNode}): ReactNode {
  const tabs = Children.toArray(children).filter((child): child is ReactElement<TabProps> => isValidElement(child));
  const id = useId();
  const [interactive, setInteractive] = useState(false);
  const [selected, setSelected] = useState(0);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);

  // Only once the page runs its scripts may panels be hidden.
  useEffect(() => setInteractive(true), []);

  const select = (index: number) => {
    const next = (index + tabs.length) % tabs.length;
    setSelected(next);
    buttons.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const moves: Record<string, number> = {ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1};
    if (event.key in moves) {
      event.preventDefault();
      select(moves[event.key]!);
    }
  };

  if (!interactive) {
    return (
      <div className={styles.stack}>
        {tabs.map((tab, index) => (
          <div key={index} role="group" aria-labelledby={`${id}-title-${index}`} className={styles.stackPanel}>
            <p id={`${id}-title-${index}`} className={styles.stackTitle}>
              {tab.props.title}
            </p>
            {tab.props.children}
          </div>
        ))}
      </div>
    );
  }
  return (
    <div className={styles.tabs}>
      <div role="tablist" className={styles.tablist}>
        {tabs.map((tab, index) => (
          <button
            key={index}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${index}`}
            aria-selected={index === selected}
            aria-controls={`${id}-panel-${index}`}
            tabIndex={index === selected ? 0 : -1}
            className={clsx(styles.tab, index === selected && styles.selected)}
            onClick={() => setSelected(index)}
            onKeyDown={(event) => onKeyDown(event, index)}>
            {tab.props.title}
          </button>
        ))}
      </div>
      {tabs.map((tab, index) => (
        <div
          key={index}
          role="tabpanel"
          id={`${id}-panel-${index}`}
          aria-labelledby={`${id}-tab-${index}`}
          hidden={index !== selected}
          tabIndex={0}
          className={styles.panel}>
          {/* Printed pages show every panel under its title (see the print rules). */}
          <p className={styles.printTitle} aria-hidden="true">
            {tab.props.title}
          </p>
          {tab.props.children}
        </div>
      ))}
    </div>
  );
}
