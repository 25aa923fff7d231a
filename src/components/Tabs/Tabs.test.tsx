// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {afterEach, describe, expect, it} from 'vitest';
import Tabs, {Tab} from '.';

afterEach(cleanup);

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

describe('Tabs', () => {
  it('sans JavaScript (HTML du serveur), montre chaque panneau sous son titre', () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(example);
    const groups = [...container.querySelectorAll('[role="group"]')];
    const titleOf = (group: Element) =>
      [...container.querySelectorAll('p')].find((p) => p.id === group.getAttribute('aria-labelledby'))?.textContent;
    expect(groups.map(titleOf)).toEqual(['Pour les élus', 'Pour les agents', 'Pour les habitants']);
    expect(container.textContent).toContain('Texte pour les habitants.');
    expect(container.querySelector('[hidden]')).toBeNull();
  });

  it('une fois la page active, devient des onglets : un seul panneau visible, nommé par son onglet', () => {
    render(example);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Pour les élus', 'Pour les agents', 'Pour les habitants']);
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    const panel = screen.getByRole('tabpanel', {name: 'Pour les élus'});
    expect(panel.textContent).toContain('Texte pour les élus.');
    expect(screen.queryByText('Texte pour les agents.')?.closest('[role="tabpanel"]')?.hasAttribute('hidden')).toBe(true);
  });

  it('les flèches, Début et Fin changent d’onglet et y mettent le focus', () => {
    render(example);
    const tabs = screen.getAllByRole('tab');
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
    expect(screen.getByRole('tabpanel').textContent).toContain('Texte pour les élus.');
  });
});
