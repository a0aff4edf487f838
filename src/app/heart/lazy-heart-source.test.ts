import { describe, expect, it } from 'vitest';
import { LazyHeartSource, type LoadedStrap } from './lazy-heart-source';
import type { StrapState } from '../ports/heart-rate-source';
import { FakeHeartSource } from '../testing/fake-heart-source';

/** A lazy strap over a fake, with the load counted and resolvable by hand. */
function lazy(kind: 'bluetooth' | 'simulated' = 'bluetooth') {
  const fake = new FakeHeartSource(kind);
  let loads = 0;
  const source = new LazyHeartSource(kind, false, () => {
    loads++;
    const strap: LoadedStrap = { source: fake, controls: fake };
    return Promise.resolve(strap);
  });
  return { fake, source, loads: () => loads };
}

describe('lazy heart source', () => {
  it('is idle, remembers nothing and loads nothing until first used', () => {
    const { source, loads } = lazy();
    source.onState(() => undefined);
    expect(source.state).toEqual({ kind: 'idle' });
    expect(source.available).toBe(false);
    expect(source.rememberedName).toBeNull();
    expect(loads()).toBe(0);
  });

  it('once preloaded, pair reaches the strap in the same tick (inside the tap)', async () => {
    const { fake, source, loads } = lazy();
    source.preload();
    source.preload();
    await Promise.resolve();
    const pairing = source.pair();
    expect(fake.calls).toEqual(['pair']);
    await pairing;
    expect(loads()).toBe(1);
    expect(source.state.kind).toBe('connected');
    expect(source.available).toBe(true);
    expect(source.rememberedName).toBe('Polar H10');
  });

  it('pair before loading loads first, then pairs', async () => {
    const { fake, source } = lazy();
    await source.pair();
    expect(fake.calls).toEqual(['pair']);
    expect(source.state.kind).toBe('connected');
  });

  it('listeners added before loading hear the loaded state, then every reading and change', async () => {
    const { fake, source } = lazy();
    const states: StrapState['kind'][] = [];
    const bpms: number[] = [];
    source.onState((s) => states.push(s.kind));
    const off = source.onReading((r) => bpms.push(r.bpm));
    await source.reconnectRemembered();
    fake.connect();
    fake.emit(64);
    off();
    fake.emit(65);
    expect(states).toEqual(['idle', 'connected']);
    expect(bpms).toEqual([64]);
  });

  it('hands the breathing and stress knobs to the simulated strap when it loads', async () => {
    const { fake, source } = lazy('simulated');
    const levelAt = () => 0.3;
    source.setStressed(true);
    source.followBreathing(levelAt);
    expect(fake.stressed).toBe(false);
    await source.pair();
    expect(fake.stressed).toBe(true);
    expect(fake.levelAt).toBe(levelAt);
    source.followBreathing(null);
    expect(fake.levelAt).toBeNull();
  });

  it('a failed load can be tried again', async () => {
    const fake = new FakeHeartSource();
    let attempt = 0;
    const source = new LazyHeartSource('bluetooth', true, () =>
      ++attempt === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ source: fake }),
    );
    await expect(source.pair()).rejects.toThrow('offline');
    await source.pair();
    expect(fake.calls).toEqual(['pair']);
  });
});
