/**
 * The islands' custom elements (client/), as the server components write them in JSX: HTML
 * attributes, plus the `data-*` attributes each island reads.
 */
import type {DetailedHTMLProps, HTMLAttributes} from 'react';

type IslandElement = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'theme-switch': IslandElement;
      'tab-group': IslandElement;
      'site-search': IslandElement;
      'search-page': IslandElement;
      'section-redirects': IslandElement;
      'scroll-region': IslandElement;
      'back-to-top': IslandElement;
    }
  }
}

/** The islands the features register, gathered by bundle.ts for pages without React. */
declare module 'islands:modules' {}
