// @vitest-environment jsdom
import React from 'react';
import {cleanup, render, screen} from '@testing-library/react';
import {afterEach, describe, expect, it} from 'vitest';
import PageLink from './';

afterEach(cleanup);

describe('PageLink', () => {
  it('garde le lien vers la page, nommé par son titre', () => {
    render(
      <PageLink>
        <p>
          <a href="/definition">Notre définition</a>
        </p>
      </PageLink>,
    );
    expect(screen.getByRole('link', {name: 'Notre définition'}).getAttribute('href')).toBe('/definition');
  });
});
