import { describe, expect, it } from 'vitest';
import { parseRoute, practicePath } from './routes';

describe('routes', () => {
  it('reads home, settings and practice paths', () => {
    expect(parseRoute('/')).toEqual({ name: 'home' });
    expect(parseRoute('/settings')).toEqual({ name: 'settings' });
    expect(parseRoute('/practice/box')).toEqual({ name: 'practice', id: 'box' });
    expect(parseRoute('/practice/custom:slow-evening')).toEqual({
      name: 'practice',
      id: 'custom:slow-evening',
    });
  });

  it('shows home for anything unknown or malformed', () => {
    for (const path of ['/nope', '/practice', '/practice/a/b', '/practice/%E0%A4%A']) {
      expect(parseRoute(path)).toEqual({ name: 'home' });
    }
  });

  it('round-trips practice ids through their path', () => {
    for (const id of ['five-breaths', '4-7-8', 'custom:evening']) {
      expect(parseRoute(practicePath(id))).toEqual({ name: 'practice', id });
    }
  });
});
