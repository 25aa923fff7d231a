/**
 * Tabs: panels of which one shows at a time, as WAI-ARIA tabs. GitBook's `{% tabs %}` become these.
 * The HTML holds every panel under its title, one after the other, and a row of tabs kept `hidden`:
 * without JavaScript, every panel shows and no content is ever out of reach. `<tab-group>`, an island
 * (src/features/gitbook/client/tab-group.ts), then shows the tabs, one panel at a time, with the
 * keyboard behaviour of WAI-ARIA tabs (arrows, Home, End).
 */
import React, {Children, isValidElement, useId, type ReactElement, type ReactNode} from 'react';
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
  return (
    <tab-group className={styles.tabs}>
      <div role="tablist" className={styles.tablist} hidden>
        {tabs.map((tab, index) => (
          <button
            key={index}
            type="button"
            role="tab"
            id={`${id}-tab-${index}`}
            aria-selected={index === 0}
            aria-controls={`${id}-panel-${index}`}
            tabIndex={index === 0 ? 0 : -1}
            className={styles.tab}
          >
            {tab.props.title}
          </button>
        ))}
      </div>
      {tabs.map((tab, index) => (
        <div key={index} id={`${id}-panel-${index}`} role="group" aria-labelledby={`${id}-title-${index}`} className={styles.panel} data-tab-panel="">
          {/* The panel's title: on screen until the tabs show, and always on paper. */}
          <p id={`${id}-title-${index}`} className={styles.title}>
            {tab.props.title}
          </p>
          {tab.props.children}
        </div>
      ))}
    </tab-group>
  );
}
