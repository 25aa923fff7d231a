// @vitest-environment jsdom
import React from 'react';
import {cleanup, render, screen} from '@testing-library/react';
import {afterEach, describe, expect, it} from 'vitest';
import FileLink from './';

afterEach(cleanup);

describe('FileLink', () => {
  it('garde le lien vers le fichier, dont le nom dit le format et la taille', () => {
    render(
      <FileLink>
        <p>
          <a href="/assets/files/guide.pdf">Le guide (PDF, 121 Ko)</a>
        </p>
      </FileLink>,
    );
    expect(screen.getByRole('link', {name: 'Le guide (PDF, 121 Ko)'})).toBeTruthy();
  });
});
