import { describe, expect, it } from 'vitest';
import { BODY_PLACES } from '../reflect/body-places';
import { bodyPlaceLabel, feltLine } from './practice';

describe('body place words', () => {
  it('gives every place a chip label', () => {
    expect(BODY_PLACES.map(bodyPlaceLabel)).toEqual([
      'Chest',
      'Throat',
      'Stomach',
      'Shoulders',
      'Jaw',
      'Hands',
    ]);
  });

  it('says back one, two or more places in a plain sentence', () => {
    expect(feltLine(['hands'])).toBe('You felt it in your hands.');
    expect(feltLine(['chest', 'jaw'])).toBe('You felt it in your chest and jaw.');
    expect(feltLine(['chest', 'throat', 'jaw'])).toBe('You felt it in your chest, throat and jaw.');
  });

  it('says nothing when no place was chosen', () => {
    expect(feltLine([])).toBe('');
  });
});
