import { describe, expect, it } from 'vitest';
import { entryPath, reflectPath, toolPath } from '../reflect/reflect-paths';
import { historyPath, parseRoute, pathSegment, practicePath } from './routes';

describe('routes', () => {
  it('reads home, settings and practice paths', () => {
    expect(parseRoute('/')).toEqual({ name: 'home' });
    expect(parseRoute('/settings')).toEqual({ name: 'settings' });
    expect(parseRoute('/practice/box')).toEqual({ name: 'practice', id: 'box' });
    expect(parseRoute('/history')).toEqual({ name: 'history' });
    expect(parseRoute('/history/')).toEqual({ name: 'history' });
    expect(parseRoute('/history/abc-1')).toEqual({ name: 'history-session', id: 'abc-1' });
    expect(parseRoute('/practice/custom:slow-evening')).toEqual({
      name: 'practice',
      id: 'custom:slow-evening',
    });
  });

  it('shows home for anything unknown or malformed', () => {
    for (const path of [
      '/nope',
      '/practice',
      '/practice/a/b',
      '/practice/%E0%A4%A',
      '/history/a/b',
      '/history/%E0%A4%A',
      '/reflect/a/b/c',
      '/reflections',
    ]) {
      expect(parseRoute(path)).toEqual({ name: 'home' });
    }
  });

  it('round-trips practice ids through their path', () => {
    for (const id of ['five-breaths', '4-7-8', 'custom:evening']) {
      expect(parseRoute(practicePath(id))).toEqual({ name: 'practice', id });
    }
  });

  it('round-trips session ids through their history path', () => {
    for (const id of ['3f2a9c1e-0b7d-4c1a-9e55-0d6f7a1b2c3d', 'a.b_c:d:e', 'x']) {
      expect(parseRoute(historyPath(id))).toEqual({ name: 'history-session', id });
    }
    expect(historyPath('a:b:c')).toBe('/history/a:b:c');
  });

  it('keeps every colon of an id readable in every path, and escapes the rest', () => {
    expect(pathSegment('custom:a:b')).toBe('custom:a:b');
    expect(pathSegment('a/b c?d#e%f')).toBe('a%2Fb%20c%3Fd%23e%25f');
    expect(practicePath('custom:a:b')).toBe('/practice/custom:a:b');
    expect(historyPath('a:b')).toBe('/history/a:b');
    expect(reflectPath('a:b')).toBe('/reflect/practice/a:b');
    expect(toolPath('ladder', 'a:b')).toBe('/reflect/ladder/a:b');
    expect(entryPath('a:b/c')).toBe('/reflect/entry/a:b%2Fc');
    for (const id of ['custom:a:b', 'custom:a/b']) {
      expect(parseRoute(practicePath(id))).toEqual({ name: 'practice', id });
    }
  });

  it('reads the reflect hub, a tool, and a tool with an id', () => {
    expect(parseRoute('/reflect')).toEqual({ name: 'reflect', tool: null, id: null });
    expect(parseRoute('/reflect/')).toEqual({ name: 'reflect', tool: null, id: null });
    expect(parseRoute('/reflect/unsent')).toEqual({ name: 'reflect', tool: 'unsent', id: null });
    expect(parseRoute('/reflect/three-column/a%3Ab')).toEqual({
      name: 'reflect',
      tool: 'three-column',
      id: 'a:b',
    });
    expect(parseRoute('/reflect/ladder/%E0%A4%A')).toEqual({
      name: 'reflect',
      tool: 'ladder',
      id: null,
    });
  });
});
