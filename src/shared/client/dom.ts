/**
 * What the islands share: defining a custom element only in a browser (the application's server
 * bundle imports the shared islands too, where neither `window` nor `HTMLElement` exists), and
 * reading the texts that the server wrote into the HTML in the page's language.
 */

export const inBrowser = typeof window !== 'undefined' && typeof customElements !== 'undefined';

/** Defines `<name>` once; `create` runs only in a browser, where HTMLElement exists. */
export function defineElement(name: string, create: () => CustomElementConstructor): void {
  if (inBrowser && !customElements.get(name)) customElements.define(name, create());
}

/** Runs `callback` once the document is parsed (module scripts already run after that). */
export function whenReady(callback: () => void): void {
  if (!inBrowser) return;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', callback, {once: true});
  else callback();
}

/** The event that says another page is shown without a page load (dev server, pages that keep React). */
export const pageShownEvent = 'islands:page-shown';

/**
 * Runs `callback` once the document is parsed, then each time React shows another page in place
 * (`npm start`, pages with `hydrate: true`: client/index.ts is then a Docusaurus client module, whose
 * `onRouteDidUpdate` dispatches `pageShownEvent`). On a page without React, once.
 */
export function onEachPage(callback: () => void): void {
  if (!inBrowser) return;
  whenReady(callback);
  document.addEventListener(pageShownEvent, callback);
}

/**
 * Runs `callback` when the browser is idle, within a second: work the reader does not need at once
 * (highlighting the table of contents, the printed address) never lengthens the page's first tasks.
 */
export function whenIdle(callback: () => void): void {
  if (!inBrowser) return;
  whenReady(() => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(callback, {timeout: 1000});
    else window.setTimeout(callback, 200);
  });
}

/** A JSON object that the server wrote into a data attribute; {} when absent or unreadable. */
export function jsonData<T extends object>(element: HTMLElement, name: string): Partial<T> {
  try {
    return (JSON.parse(element.dataset[name] ?? '{}') ?? {}) as Partial<T>;
  } catch {
    return {};
  }
}

/** True for a plain left click, without a key that asks for a new tab or window. */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * Copies text to the clipboard: the Clipboard API, or outside secure contexts (an intranet mirror
 * served over http) the older way, through a hidden field.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.append(field);
    field.select();
    const copied = document.execCommand('copy');
    field.remove();
    return copied;
  }
}

/** Says `message` in a polite live region (emptied first, so that the same message is said again). */
export function announce(region: HTMLElement, message: string): void {
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}
