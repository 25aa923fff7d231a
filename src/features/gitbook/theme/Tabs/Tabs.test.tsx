// @vitest-environment jsdom
/**
 * Tabs as the reader gets them: the server's HTML (renderToString), then the island that enhances it
 * (src/features/gitbook/client/tab-group.ts), in jsdom, without React in the "browser".
 */
import React from 'react';
import {renderToString} from 'react-dom/server';
import {fireEvent, getAllByRole, getByRole} from '@testing-library/dom';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import Tabs, {Tab} from './';

const example = (
  <Tabs>
    <Tab title="Pour les élus">
      <p>Texte pour les élus.</p>
    </Tab>
    <Tab title="Pour les agents">
      <p>Texte pour les agents.</p>
    </Tab>
    <Tab title="Pour les habitants">
      <p>Texte pour les habitants.</p>
    </Tab>
  </Tabs>
);

/** The server's HTML, in the page, before any script. */
function serverHtml(): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = renderToString(example);
  return container;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('Tabs, sans JavaScript (HTML du serveur)', () => {
  it('montre chaque panneau sous son titre, et garde les onglets cachés', () => {
    const container = serverHtml();
    const groups = [...container.querySelectorAll('[role="group"]')];
    const titleOf = (group: Element) => container.querySelector(`[id="${group.getAttribute('aria-labelledby')}"]`)?.textContent;
    expect(groups.map(titleOf)).toEqual(['Pour les élus', 'Pour les agents', 'Pour les habitants']);
    expect(container.textContent).toContain('Texte pour les habitants.');
    expect(container.querySelector('[role="tablist"]')?.hasAttribute('hidden')).toBe(true);
    expect(container.querySelectorAll('[data-tab-panel][hidden]')).toHaveLength(0);
  });
});

describe('Tabs, avec l’îlot <tab-group>', () => {
  beforeAll(async () => {
    await import('@site/src/features/gitbook/client/tab-group');
  });

  /** The server's HTML put in the page: the custom element upgrades it there. */
  function enhanced(): HTMLElement {
    const container = serverHtml();
    document.body.append(container);
    return container;
  }

  it('devient des onglets : un seul panneau visible, nommé par son onglet', () => {
    const container = enhanced();
    const tabs = getAllByRole(container, 'tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Pour les élus', 'Pour les agents', 'Pour les habitants']);
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    const panel = getByRole(container, 'tabpanel', {name: 'Pour les élus'});
    expect(panel.textContent).toContain('Texte pour les élus.');
    const hidden = [...container.querySelectorAll('[role="tabpanel"]')].map((element) => (element as HTMLElement).hidden);
    expect(hidden).toEqual([false, true, true]);
    expect(container.querySelector('[role="tablist"]')?.hasAttribute('hidden')).toBe(false);
  });

  it('un clic choisit un onglet', () => {
    const container = enhanced();
    const tabs = getAllByRole(container, 'tab');
    fireEvent.click(tabs[2]!);
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual(['false', 'false', 'true']);
    expect(getByRole(container, 'tabpanel').textContent).toContain('Texte pour les habitants.');
  });

  it('les flèches, Début et Fin changent d’onglet et y mettent le focus', () => {
    const container = enhanced();
    const tabs = getAllByRole(container, 'tab');
    fireEvent.keyDown(tabs[0]!, {key: 'ArrowRight'});
    expect(document.activeElement).toBe(tabs[1]);
    expect(tabs[1]!.getAttribute('aria-selected')).toBe('true');
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([-1, 0, -1]);
    fireEvent.keyDown(tabs[1]!, {key: 'End'});
    expect(document.activeElement).toBe(tabs[2]);
    fireEvent.keyDown(tabs[2]!, {key: 'ArrowRight'});
    expect(document.activeElement).toBe(tabs[0]);
    fireEvent.keyDown(tabs[0]!, {key: 'ArrowLeft'});
    expect(document.activeElement).toBe(tabs[2]);
    fireEvent.keyDown(tabs[2]!, {key: 'Home'});
    expect(getByRole(container, 'tabpanel').textContent).toContain('Texte pour les élus.');
  });
});
