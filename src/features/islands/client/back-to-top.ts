/**
 * `<back-to-top>`: the round button that brings a long page back to its top
 * (src/theme/BackToTopButton). It shows when the reader, far down a page, scrolls back up, as
 * Docusaurus's does; it is hidden, and out of the keyboard's way, the rest of the time and without
 * JavaScript (the Home key does the same).
 */
import {defineElement} from '../../../shared/client/dom';

/** Below this many pixels from the top, the button is never shown. */
const threshold = 300;

defineElement(
  'back-to-top',
  () =>
    class BackToTop extends HTMLElement {
      private lastY = 0;
      private readonly onScroll = () => {
        const y = window.scrollY;
        if (y < threshold) this.toggleAttribute('data-shown', false);
        else if (y < this.lastY) this.toggleAttribute('data-shown', true);
        else if (y > this.lastY) this.toggleAttribute('data-shown', false);
        this.lastY = y;
      };

      connectedCallback(): void {
        this.lastY = window.scrollY;
        window.addEventListener('scroll', this.onScroll, {passive: true});
        this.querySelector('button')?.addEventListener('click', () => {
          const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
          window.scrollTo({top: 0, behavior: smooth ? 'smooth' : 'auto'});
        });
      }

      disconnectedCallback(): void {
        window.removeEventListener('scroll', this.onScroll);
      }
    },
);
