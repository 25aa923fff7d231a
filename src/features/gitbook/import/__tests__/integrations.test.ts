import {describe, expect, it} from 'vitest';
import {convertIntegrations} from '../integrations';
import {detectLanguage} from '../language';
import {tidyListMarkers} from '../page';

describe('les intégrations GitBook ({% @org/nom … %})', () => {
  const body = [
    'Avant.',
    '',
    '{% @mermaid/diagram content="graph TB',
    '  A[#quot;Collectivité#quot;] --> B\\[Incubateur\\]',
    '  B --> C" %}',
    '',
    '{% @github-files/github-code-block url="https://github.com/exemple/depot/blob/main/README.md" %}',
    '',
    '{% @marketo/form formid="4316" formId="4316" %}',
    '',
    '```markdown',
    '{% @mermaid/diagram content="graph LR" %}',
    '```',
    '',
    'Après.',
  ].join('\n');
  const result = convertIntegrations(body);

  it('un diagramme Mermaid devient son code, une intégration à adresse un lien, les autres disparaissent ; rien dans un bloc de code', () => {
    expect(result.body).toBe(
      [
        'Avant.',
        '',
        '```mermaid',
        'graph TB',
        '  A["Collectivité"] --> B[Incubateur]',
        '  B --> C',
        '```',
        '',
        '<https://github.com/exemple/depot/blob/main/README.md>',
        '',
        '',
        '',
        '```markdown',
        '{% @mermaid/diagram content="graph LR" %}',
        '```',
        '',
        'Après.',
      ].join('\n'),
    );
    expect(result.conversions).toBe(3);
  });

  it('chacune est signalée à sa ligne de l’export, et les lignes qui suivent gardent la leur', () => {
    expect(result.problems.map(({line, message}) => [line, message.split(' :')[0]])).toEqual([
      [3, 'diagramme Mermaid (intégration GitBook « @mermaid/diagram »)'],
      [7, 'intégration GitBook « @github-files/github-code-block »'],
      [9, 'intégration GitBook « @marketo/form » retirée'],
    ]);
    // « Après. », line 17 of the new body, was line 15 of the export.
    expect(result.body.split('\n')[16]).toBe('Après.');
    expect(result.lineOf(17)).toBe(15);
    expect(result.lineOf(1)).toBe(1);
  });
});

describe('la langue d’un espace', () => {
  it('reconnaît le français et l’anglais, et ne devine pas sur trop peu de mots', () => {
    expect(detectLanguage(['La collectivité partage le code source avec les autres communes, et la communauté le maintient pour tous les territoires.'])).toBe(
      'fr',
    );
    expect(detectLanguage(['Your team publishes the changes to the site, and the reviewer checks each page in the editor with the repository.'])).toBe('en');
    expect(detectLanguage(['Guide', '`npm run build`'])).toBeUndefined();
  });
});

describe('les puces suivies de plusieurs espaces (1.  texte)', () => {
  it('en gardent une, et le contenu de l’élément se décale d’autant, listes imbriquées comprises', () => {
    const text = [
      '1.  Premier point.',
      '',
      '    {% hint style="warning" %}',
      '    Attention.',
      '    {% endhint %}',
      '2.  Second point.',
      '',
      '*   Autre liste',
      '    *   imbriquée',
      '        suite',
      '',
    ].join('\n');
    expect(tidyListMarkers(text)).toEqual({
      text: [
        '1. Premier point.',
        '',
        '   {% hint style="warning" %}',
        '   Attention.',
        '   {% endhint %}',
        '2. Second point.',
        '',
        '* Autre liste',
        '  * imbriquée',
        '    suite',
        '',
      ].join('\n'),
      changed: 4,
    });
  });
});
