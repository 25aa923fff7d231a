import {describe, expect, it} from 'vitest';
import {gitlabPagesRedirects, nginxRedirects} from '..';

const list = [
  {from: '/communs-numeriques', to: '/definition'},
  {from: '/communs-numeriques#notre-definition', to: '/definition'},
];

describe('redirections écrites à la construction', () => {
  it('pour GitLab Pages : une ligne « ancienne nouvelle 301 » par forme, avec le chemin de base, sans les sections', () => {
    expect(gitlabPagesRedirects(list, '/communs/')).toBe(
      [
        '/communs/communs-numeriques /communs/definition 301',
        '/communs/communs-numeriques/ /communs/definition 301',
        '/communs/communs-numeriques.html /communs/definition 301',
        '',
      ].join('\n'),
    );
  });

  it('pour nginx : une location exacte par ancienne page, qui garde la requête', () => {
    expect(nginxRedirects(list, '/')).toContain('location ~ ^/communs-numeriques(/|\\.html)?$ { return 301 /definition$is_args$args; }');
    expect(nginxRedirects(list, '/')).not.toContain('notre-definition');
  });
});
