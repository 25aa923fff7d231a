/**
 * ScrollableTable: a Markdown table in a box that scrolls sideways when the table is wider than the
 * screen, instead of the page. While it overflows, the box is a named region that takes the keyboard
 * focus, so that keyboard users can scroll it too; without JavaScript (nothing measures then) it
 * always is.
 */
import React, {useEffect, useRef, useState, type ComponentProps, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

export default function ScrollableTable(props: ComponentProps<'table'>): ReactNode {
  const region = useRef<HTMLDivElement>(null);
  // Focusable until measured: without JavaScript a wide table must stay reachable.
  const [overflows, setOverflows] = useState(true);

  useEffect(() => {
    const element = region.current;
    if (!element || typeof ResizeObserver === 'undefined') {
      return undefined;
    }
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    measure();
    return () => observer.disconnect();
  }, []);

  const label = translate({
    id: 'scrollableTable.label',
    message: 'Tableau défilant horizontalement',
    description: 'Name of the scrolling region around a table that is wider than the screen',
  });
  return (
    <div
      ref={region}
      className={styles.region}
      role={overflows ? 'region' : undefined}
      aria-label={overflows ? label : undefined}
      tabIndex={overflows ? 0 : undefined}>
      <table {...props} />
    </div>
  );
}
