/**
 * `<theme-switch>`: the navbar's theme button (src/theme/Navbar/ColorModeToggle renders it, hidden
 * until this runs). Each press moves to the next choice, as Docusaurus's own button does: system,
 * light, dark, then system again. The choice is remembered where Docusaurus's inline script reads it
 * before the page paints (the `data-storage-key` entry of localStorage), so there is no flash on the
 * next page. « System » follows the system's preference, live.
 *
 * Server attributes: `data-storage-key`; `data-modes` (the name of each choice, JSON);
 * `data-label` (the button's name, `{mode}` being the current choice).
 */
import {defineElement, inBrowser, jsonData} from '../../../shared/client/dom';

export type ThemeChoice = 'system' | 'light' | 'dark';

const order: Record<ThemeChoice, ThemeChoice> = {system: 'light', light: 'dark', dark: 'system'};
const prefersDark = () => window.matchMedia('(prefers-color-scheme: dark)').matches;

export function currentChoice(): ThemeChoice {
  const choice = document.documentElement.dataset.themeChoice;
  return choice === 'light' || choice === 'dark' ? choice : 'system';
}

/** Shows `choice` on the page, and tells every switch. */
function show(choice: ThemeChoice): void {
  const root = document.documentElement;
  root.dataset.themeChoice = choice;
  root.dataset.theme = choice === 'system' ? (prefersDark() ? 'dark' : 'light') : choice;
  for (const element of document.querySelectorAll<ThemeSwitchElement>('theme-switch')) element.label?.();
}

interface ThemeSwitchElement extends HTMLElement {
  label?(): void;
}

defineElement(
  'theme-switch',
  () =>
    class ThemeSwitch extends HTMLElement implements ThemeSwitchElement {
      connectedCallback(): void {
        const button = this.querySelector('button');
        if (!button || button.dataset.ready !== undefined) return;
        button.dataset.ready = '';
        button.disabled = false;
        button.addEventListener('click', () => this.choose(order[currentChoice()]));
        this.label();
      }

      choose(choice: ThemeChoice): void {
        const key = this.dataset.storageKey;
        try {
          if (key && choice === 'system') window.localStorage.removeItem(key);
          else if (key) window.localStorage.setItem(key, choice);
        } catch {
          // Storage refused (private mode, locked-down browser): the choice holds for this page.
        }
        show(choice);
      }

      label(): void {
        const button = this.querySelector('button');
        const mode = jsonData<Record<ThemeChoice, string>>(this, 'modes')[currentChoice()];
        if (!button || !mode) return;
        button.title = mode;
        button.setAttribute('aria-label', (this.dataset.label ?? '{mode}').replace('{mode}', mode));
      }
    },
);

if (inBrowser) {
  // « System »: the page follows the system when its preference changes.
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (currentChoice() === 'system') show('system');
  });
  // A choice made in another tab of the site.
  window.addEventListener('storage', (event) => {
    const key = document.querySelector<HTMLElement>('theme-switch')?.dataset.storageKey;
    if (!key || event.key !== key) return;
    show(event.newValue === 'light' || event.newValue === 'dark' ? event.newValue : 'system');
  });
}
