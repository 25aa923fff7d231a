/**
 * `<tab-group>`: GitBook's tabs (src/features/gitbook/theme/Tabs). The server writes every panel under its title,
 * one after the other, and a row of tab buttons kept `hidden`: without JavaScript every panel shows.
 * This turns them into WAI-ARIA tabs: one panel at a time, named by its tab; ←/→ move to the
 * previous or next tab (wrapping), Home and End to the first and last; the tab takes the focus.
 * Printed pages still show every panel under its title (the stylesheet's print rules).
 */
import {defineElement} from '../../../shared/client/dom';

defineElement(
  'tab-group',
  () =>
    class TabGroup extends HTMLElement {
      tabs: HTMLElement[] = [];
      panels: HTMLElement[] = [];

      connectedCallback(): void {
        if (this.dataset.enhanced !== undefined) return;
        const tablist = this.querySelector<HTMLElement>(':scope > [role="tablist"]');
        this.tabs = [...(tablist?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])];
        this.panels = [...this.querySelectorAll<HTMLElement>(':scope > [data-tab-panel]')];
        if (!tablist || this.tabs.length === 0 || this.tabs.length !== this.panels.length) return;
        for (const [index, panel] of this.panels.entries()) {
          panel.setAttribute('role', 'tabpanel');
          panel.setAttribute('aria-labelledby', this.tabs[index]!.id);
          panel.tabIndex = 0;
        }
        for (const [index, tab] of this.tabs.entries()) {
          tab.addEventListener('click', () => this.select(index, false));
          tab.addEventListener('keydown', (event) => this.onKeyDown(event, index));
        }
        tablist.hidden = false;
        this.dataset.enhanced = '';
        const selected = this.tabs.findIndex((tab) => tab.getAttribute('aria-selected') === 'true');
        this.select(Math.max(selected, 0), false);
      }

      select(index: number, focus: boolean): void {
        const count = this.tabs.length;
        const chosen = ((index % count) + count) % count;
        for (const [position, tab] of this.tabs.entries()) {
          tab.setAttribute('aria-selected', String(position === chosen));
          tab.tabIndex = position === chosen ? 0 : -1;
          this.panels[position]!.hidden = position !== chosen;
        }
        if (focus) this.tabs[chosen]!.focus();
      }

      onKeyDown(event: KeyboardEvent, index: number): void {
        const moves: Record<string, number> = {ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: this.tabs.length - 1};
        const target = moves[event.key];
        if (target === undefined) return;
        event.preventDefault();
        this.select(target, true);
      }
    },
);
