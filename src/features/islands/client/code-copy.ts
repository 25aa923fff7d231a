/**
 * The « Copier » button of code blocks, with or without React (the theme's own buttons, drawn in the
 * browser only, are switched off: src/theme/CodeBlock/Buttons): one per block, which copies the code,
 * line breaks included, and says « Copié ». Without JavaScript there is no button: the code is
 * selectable as any text.
 */
import {announce, copyText, inBrowser, onEachPage, pageShownEvent} from '../../../shared/client/dom';
import {islandText} from './texts';

/** The code as written: one `.token-line` per line (each ends with a <br>, which has no text). */
function codeOf(block: Element): string {
  const lines = block.querySelectorAll('.token-line');
  if (lines.length === 0) return block.querySelector('pre')?.textContent ?? '';
  return [...lines].map((line) => line.textContent ?? '').join('\n');
}

function addButton(block: Element): void {
  const pre = block.querySelector('pre');
  if (!pre || block.querySelector('[data-code-copy]')) return;
  const label = islandText('copyCode');
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.codeCopy = '';
  button.className = 'code-copy-button';
  button.textContent = label;
  button.setAttribute('aria-label', islandText('copyCodeLabel'));
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  status.className = 'visually-hidden';
  button.addEventListener('click', () => {
    void copyText(codeOf(block)).then((done) => {
      if (!done) return;
      button.textContent = islandText('codeCopied');
      announce(status, islandText('codeCopied'));
      window.setTimeout(() => {
        button.textContent = label;
      }, 2000);
    });
  });
  // In the block's frame, next to the code: where the theme puts its own buttons.
  pre.parentElement?.append(button, status);
}

const addButtons = () => {
  for (const block of document.querySelectorAll('.theme-code-block')) addButton(block);
};

onEachPage(addButtons);

// Where React draws the page (`npm start`, `hydrate: true`), it draws a code block again once in the
// browser (the theme's CodeBlock remounts): each new block gets its button. Pages without React
// never see this event, nor pay for an observer.
let watching = false;
if (inBrowser) {
  document.addEventListener(pageShownEvent, () => {
    if (watching) return;
    watching = true;
    new MutationObserver(addButtons).observe(document.body, {childList: true, subtree: true});
  });
}
