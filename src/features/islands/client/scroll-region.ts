/**
 * `<scroll-region>`: a table wider than the screen scrolls in its box (src/components/ScrollableTable).
 * While the table overflows, the box is a named region that takes the keyboard focus, so keyboard
 * users can scroll it; when it fits, it is neither. Without JavaScript nothing measures, so it always
 * is (the server's attributes; `data-label` keeps the region's name).
 */
import {defineElement} from '../../../shared/client/dom';

defineElement(
  'scroll-region',
  () =>
    class ScrollRegion extends HTMLElement {
      private observer: ResizeObserver | undefined;

      connectedCallback(): void {
        if (typeof ResizeObserver === 'undefined') return;
        this.observer = new ResizeObserver(() => this.measure());
        this.observer.observe(this);
        this.measure();
      }

      disconnectedCallback(): void {
        this.observer?.disconnect();
      }

      measure(): void {
        const overflows = this.scrollWidth > this.clientWidth + 1;
        if (overflows) {
          this.setAttribute('role', 'region');
          if (this.dataset.label) this.setAttribute('aria-label', this.dataset.label);
          this.tabIndex = 0;
        } else {
          this.removeAttribute('role');
          this.removeAttribute('aria-label');
          this.removeAttribute('tabindex');
        }
      }
    },
);
