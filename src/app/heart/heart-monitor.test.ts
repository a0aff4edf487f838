import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type StrapChoice } from '../../core/settings/settings';
import type { HeartLive } from './heart-monitor';
import { HRV_WEIGHT } from './heart-session';
import { createFakeServices } from '../testing/fake-services';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-01-01T10:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Fake services with `strap` chosen, the strap connected, and the five-breaths practice started. */
async function running(strap: StrapChoice = 'bluetooth') {
  const fakes = createFakeServices({ settings: { ...DEFAULT_SETTINGS, strap } });
  const { services, bluetooth } = fakes;
  if (strap === 'bluetooth') bluetooth.connect();
  const seen: HeartLive[] = [];
  const off = services.heart.subscribe((live) => seen.push(live));
  const coach = services.launcher.start('five-breaths');
  await vi.advanceTimersByTimeAsync(0);
  const record = () => {
    const id = coach.record?.id;
    if (!id) throw new Error('No record yet.');
    const found = fakes.log.get(id);
    if (!found) throw new Error('Record missing.');
    return found;
  };
  /** One packet a second for `seconds`, bpm from `bpmAt(i)`. */
  const beat = async (seconds: number, bpmAt: (i: number) => number) => {
    for (let i = 0; i < seconds; i++) {
      bluetooth.emit(bpmAt(i));
      await vi.advanceTimersByTimeAsync(1000);
    }
  };
  return { ...fakes, coach, record, beat, seen, off };
}

describe('heart monitor', () => {
  it('feeds every reading into a fresh meter and keeps a 1 Hz trace in plan seconds', async () => {
    const { coach, record, beat, meters, services } = await running();
    await beat(10, (i) => (i < 5 ? 60 : 70));

    expect(meters).toHaveLength(1);
    expect(meters[0]?.pushed.map((p) => p.bpm)).toEqual([60, 60, 60, 60, 60, 70, 70, 70, 70, 70]);
    const heart = record().heart;
    expect(heart?.baselineBpm).toBe(60);
    expect(heart?.samples).toHaveLength(10);
    expect(heart?.samples[0]).toEqual({ tS: 0, bpm: 60, level: 0 });
    expect(heart?.samples[9]).toEqual({ tS: 9, bpm: 70, level: 50 });
    expect(heart?.gaps).toEqual([]);
    expect(services.heart.live.bpm).toBe(70);
    expect(services.heart.live.urge).toMatchObject({ level: 50, quality: 'ok', reason: null });
    coach.stop();
  });

  it('keeps the trace and closes the meter when the practice ends on its own', async () => {
    const { record, beat, services } = await running();
    await beat(60, () => 64);
    expect(record().status).toBe('completed');
    expect(record().heart?.samples.length).toBeGreaterThanOrEqual(58);
    expect(services.heart.live.urge).toBeNull();
  });

  it('a dropped strap gives one soft notice, a gap, and another notice when it is back; the practice runs on', async () => {
    const { coach, record, beat, bluetooth, player } = await running();
    await beat(5, () => 62);
    bluetooth.drop(1, 1);
    await vi.advanceTimersByTimeAsync(1000);
    bluetooth.drop(2, 2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(player.calls.filter((c) => c.startsWith('notify'))).toEqual(['notify:strap-lost']);
    expect(coach.status).toBe('running');

    bluetooth.connect();
    await beat(3, () => 63);
    expect(player.calls.filter((c) => c.startsWith('notify'))).toEqual([
      'notify:strap-lost',
      'notify:strap-back',
    ]);
    expect(record().heart?.gaps).toEqual([{ fromS: 5, toS: 8 }]);
    expect(coach.status).toBe('running');
    coach.stop();
  });

  it('silence for 5 s greys the meter with its reason and records a gap, without a sound', async () => {
    const { coach, record, beat, services, player } = await running();
    await beat(4, () => 62);
    await vi.advanceTimersByTimeAsync(6000);
    expect(services.heart.live.urge).toMatchObject({ quality: 'poor', reason: 'no-data' });
    expect(services.heart.live.bpm).toBeNull();
    await beat(2, () => 62);
    expect(services.heart.live.urge?.quality).toBe('ok');
    expect(record().heart?.gaps).toEqual([{ fromS: 3, toS: 10 }]);
    expect(player.calls.some((c) => c.startsWith('notify'))).toBe(false);
    coach.stop();
  });

  it('lost skin contact greys the meter and keeps no sample', async () => {
    const { coach, record, beat, bluetooth, services } = await running();
    await beat(2, () => 62);
    bluetooth.emit(0, { contact: 'lost' });
    expect(services.heart.live.urge).toMatchObject({ quality: 'poor', reason: 'no-contact' });
    expect(record().heart?.samples).toHaveLength(2);
    coach.stop();
  });

  it('without a strap there is no heart field, and the urge ratings are kept', async () => {
    const { coach, record, log, beat, meters, services } = await running('off');
    await beat(3, () => 80);
    log.rateUrge(record().id, 'before', 7);
    coach.stop();
    log.rateUrge(record().id, 'after', 3);
    expect(meters).toHaveLength(0);
    expect(record().heart).toBeUndefined();
    expect(record()).toMatchObject({ urgeBefore: 7, urgeAfter: 3 });
    expect(services.heart.live.urge).toBeNull();
  });

  it('keeps both ratings alongside the trace when a strap is in use', async () => {
    const { coach, record, log, beat } = await running();
    log.rateUrge(record().id, 'before', 6);
    await beat(3, () => 70);
    coach.stop();
    log.rateUrge(record().id, 'after', 2);
    expect(record()).toMatchObject({ urgeBefore: 6, urgeAfter: 2 });
    expect(record().heart?.samples).toHaveLength(3);
  });

  it('starts the meter from the usual resting level in earlier sessions', async () => {
    const fakes = createFakeServices({ settings: { ...DEFAULT_SETTINGS, strap: 'bluetooth' } });
    fakes.bluetooth.connect();
    const first = fakes.services.launcher.start('five-breaths');
    await vi.advanceTimersByTimeAsync(0);
    fakes.bluetooth.emit(58);
    await vi.advanceTimersByTimeAsync(1000);
    first.stop();
    fakes.services.launcher.start('resonance');
    await vi.advanceTimersByTimeAsync(0);
    expect(fakes.meters.map((m) => m.setup)).toEqual([
      { restingBpm: null, hrvWeight: HRV_WEIGHT.usual },
      { restingBpm: 58, hrvWeight: HRV_WEIGHT.slow },
    ]);
  });

  it('the simulated strap follows the running practice and its stress setting', async () => {
    const fakes = createFakeServices({
      settings: { ...DEFAULT_SETTINGS, strap: 'simulated', simulatedStress: true },
    });
    await fakes.services.heart.connectChosen();
    expect(fakes.simulated.calls).toEqual(['pair']);
    expect(fakes.simulated.stressed).toBe(true);
    const coach = fakes.services.launcher.start('five-breaths');
    await vi.advanceTimersByTimeAsync(8000 + 2000);
    expect(fakes.simulated.levelAt?.()).toBeCloseTo(0.5, 2);
    fakes.simulated.emit(66);
    expect(fakes.services.heart.live.bpm).toBe(66);
    coach.stop();
    expect(fakes.simulated.levelAt).toBeNull();
  });

  it('pairing inside the tap chooses the strap; forgetting goes back to none', async () => {
    const fakes = createFakeServices();
    const pairing = fakes.services.heart.pair();
    expect(fakes.bluetooth.calls).toEqual(['pair']);
    await pairing;
    expect(fakes.settings.load().strap).toBe('bluetooth');
    expect(fakes.services.heart.live.strap.kind).toBe('connected');
    await fakes.services.heart.forget();
    expect(fakes.settings.load().strap).toBe('off');
    expect(fakes.bluetooth.calls).toEqual(['pair', 'forget']);
  });

  it('reconnects the remembered strap at startup when the settings chose it', async () => {
    const fakes = createFakeServices({ settings: { ...DEFAULT_SETTINGS, strap: 'bluetooth' } });
    fakes.bluetooth.rememberedName = 'Polar H10';
    await fakes.services.heart.connectChosen();
    expect(fakes.bluetooth.calls).toEqual(['reconnectRemembered']);
    expect(fakes.services.heart.live.strap.kind).toBe('connected');
  });

  it('every subscription can be undone', async () => {
    const { seen, off, bluetooth } = await running();
    bluetooth.emit(61);
    const count = seen.length;
    off();
    bluetooth.emit(75);
    expect(seen).toHaveLength(count);
  });
});
