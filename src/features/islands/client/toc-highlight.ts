/**
 * The page's table of contents, with or without React (the theme's own highlighting is switched off,
 * src/theme/TOCItems): the section being read is highlighted as the reader scrolls, with the class
 * Docusaurus uses (`table-of-contents__link--active`): the last
 * section whose heading has passed under the navbar, or the first one; at the page's end, the last
 * one, whose heading may never reach the top of a short page.
 */
import {inBrowser, pageShownEvent, whenIdle} from '../../../shared/client/dom';

const activeClass = 'table-of-contents__link--active';

function highlighter(): (() => void) | undefined {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.theme-doc-toc-desktop a.table-of-contents__link')];
  const entries = links
    .map((link) => ({link, heading: document.getElementById(decodeURIComponent(link.hash.slice(1)))}))
    .filter((entry): entry is {link: HTMLAnchorElement; heading: HTMLElement} => entry.heading !== null);
  if (entries.length === 0) return undefined;
  let current: HTMLAnchorElement | undefined;
  return () => {
    const navbar = document.querySelector('.navbar')?.getBoundingClientRect().height ?? 0;
    const atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
    const passed = atEnd ? entries : entries.filter(({heading}) => heading.getBoundingClientRect().top <= navbar + 24);
    const active = (passed[passed.length - 1] ?? entries[0]!).link;
    if (active === current) return;
    current?.classList.remove(activeClass);
    active.classList.add(activeClass);
    current = active;
  };
}

if (inBrowser) {
  // The current page's highlighter: read again when React shows another page in place.
  let update: (() => void) | undefined;
  let scheduled = false;
  const start = () => {
    update = highlighter();
    update?.();
  };
  whenIdle(() => {
    start();
    window.addEventListener(
      'scroll',
      () => {
        if (scheduled || !update) return;
        scheduled = true;
        window.requestAnimationFrame(() => {
          scheduled = false;
          update?.();
        });
      },
      {passive: true},
    );
  });
  document.addEventListener(pageShownEvent, start);
}
