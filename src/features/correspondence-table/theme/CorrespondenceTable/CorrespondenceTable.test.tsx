// @vitest-environment jsdom
import React from 'react';
import {cleanup, render, screen, within} from '@testing-library/react';
import {afterEach, describe, expect, it} from 'vitest';
import CorrespondenceTable, {CorrespondenceRow} from './';

afterEach(cleanup);

function renderTable() {
  return render(
    <CorrespondenceTable
      caption="Les caractéristiques d'un commun numérique et leur mise en pratique"
      characteristicHeader="Caractéristique d'un commun numérique"
      practiceHeader="Mise en pratique par l'Incubateur des Territoires"
    >
      <CorrespondenceRow>
        <>Non rival</>
        <>L'utilisation par une collectivité n'empêche pas les autres de l'utiliser.</>
      </CorrespondenceRow>
      <CorrespondenceRow>
        <>
          Non <em>exclusif</em>
        </>
        <>La solution est développée en code ouvert.</>
      </CorrespondenceRow>
    </CorrespondenceTable>,
  );
}

describe('CorrespondenceTable', () => {
  it('est un vrai tableau, nommé par sa légende', () => {
    renderTable();
    const table = screen.getByRole('table', {
      name: "Les caractéristiques d'un commun numérique et leur mise en pratique",
    });
    expect(table.querySelector('caption')).not.toBeNull();
  });

  it('a deux en-têtes de colonne et la caractéristique en en-tête de ligne', () => {
    renderTable();
    const table = screen.getByRole('table');
    const columnHeaders = within(table).getAllByRole('columnheader');
    expect(columnHeaders.map((header) => header.textContent)).toEqual([
      "Caractéristique d'un commun numérique",
      "Mise en pratique par l'Incubateur des Territoires",
    ]);
    columnHeaders.forEach((header) => expect(header.getAttribute('scope')).toBe('col'));
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders.map((header) => header.textContent)).toEqual(['Non rival', 'Non exclusif']);
    rowHeaders.forEach((header) => expect(header.getAttribute('scope')).toBe('row'));
    const cells = within(table).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent?.replace('→', '').trim())).toEqual([
      "L'utilisation par une collectivité n'empêche pas les autres de l'utiliser.",
      'La solution est développée en code ouvert.',
    ]);
  });

  it("cache la flèche décorative aux technologies d'assistance", () => {
    renderTable();
    const arrows = screen.getAllByText('→');
    expect(arrows).toHaveLength(2);
    arrows.forEach((arrow) => expect(arrow.getAttribute('aria-hidden')).toBe('true'));
  });

  it('refuse une ligne qui n’a pas exactement deux cellules', () => {
    expect(() =>
      render(
        <CorrespondenceTable caption="Légende" characteristicHeader="A" practiceHeader="B">
          <CorrespondenceRow>
            <>Seule</>
          </CorrespondenceRow>
        </CorrespondenceTable>,
      ),
    ).toThrow(/attend deux enfants/);
  });
});
