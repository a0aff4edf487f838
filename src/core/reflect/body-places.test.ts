import { describe, expect, it } from 'vitest';
import { BODY_PLACES, isBodyPlace, orderBodyPlaces } from './body-places';

describe('body places', () => {
  it('are the six places the chips offer', () => {
    expect(BODY_PLACES).toEqual(['chest', 'throat', 'stomach', 'shoulders', 'jaw', 'hands']);
  });

  it('recognises only those places', () => {
    for (const place of BODY_PLACES) expect(isBodyPlace(place)).toBe(true);
    for (const value of ['Chest', 'knees', '', null, 3]) expect(isBodyPlace(value)).toBe(false);
  });

  it('orders chosen places as the chips show them, once each, without strangers', () => {
    expect(orderBodyPlaces(['jaw', 'chest', 'jaw', 'knees'])).toEqual(['chest', 'jaw']);
    expect(orderBodyPlaces([])).toEqual([]);
  });
});
