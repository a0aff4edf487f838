import { expect } from '@open-wc/testing';
import type { StrapState } from '../../app/ports/heart-rate-source';
import type { HeartRateReading } from '../../core/heart/types';
import { describe, it } from '../../testing/mocha';
import { REST_BPM } from './simulated-heart';
import { createSimulatedStrap } from './simulated-strap';
import { FakeScheduler } from './testing/fake-scheduler';
import { seededRandom } from '../../core/random/seeded-random';

/** Lung fill of a 4 s in, 6 s out practice at `tMs`. */
const breathing = (tMs: number) => {
  const s = (tMs / 1000) % 10;
  return s < 4 ? s / 4 : 1 - (s - 4) / 6;
};

function setup(seed = 11) {
  const scheduler = new FakeScheduler();
  const strap = createSimulatedStrap({
    scheduler,
    now: scheduler.now,
    random: seededRandom(seed),
  });
  const readings: HeartRateReading[] = [];
  const states: StrapState[] = [];
  strap.onReading((r) => readings.push(r));
  strap.onState((s) => states.push(s));
  return { scheduler, strap, readings, states };
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe('createSimulatedStrap', () => {
  it('connects at once as a fully charged chest strap', async () => {
    const { strap, states } = setup();
    expect(strap.kind).to.equal('simulated');
    expect(strap.available).to.be.true;
    await strap.pair();
    expect(states).to.deep.equal([
      { kind: 'connected', name: 'Simulated strap', batteryPercent: 100, location: 'chest' },
    ]);
  });

  it('sends a decoded packet every second, in contact, with RR intervals that match the rate', async () => {
    const { scheduler, strap, readings } = setup();
    await strap.pair();
    scheduler.runFor(120_000);
    expect(readings).to.have.length(120);
    expect(readings.map((r) => r.tMs).slice(0, 3)).to.deep.equal([1000, 2000, 3000]);
    for (const reading of readings) {
      expect(reading.contact).to.equal('detected');
      expect(reading.energyKj).to.equal(null);
    }
    const rrMs = readings.flatMap((r) => r.rrMs);
    // Every beat is sent once: the intervals add up to the time that passed.
    expect(rrMs.reduce((a, b) => a + b, 0)).to.be.within(118_000, 120_000);
    const bpm = mean(readings.map((r) => r.bpm));
    expect(bpm).to.be.closeTo(60000 / mean(rrMs), 1.5);
    expect(bpm).to.be.closeTo(REST_BPM, 2.5);
    for (const reading of readings.filter((r) => r.rrMs.length > 0)) {
      const last = reading.rrMs[reading.rrMs.length - 1]!;
      expect(Math.abs(reading.bpm - 60000 / last)).to.be.below(12);
    }
  });

  it('beats faster on the in-breath while following a practice', async () => {
    const { scheduler, strap, readings } = setup();
    strap.followBreathing(() => breathing(scheduler.nowMs));
    await strap.pair();
    scheduler.runFor(300_000);
    // Place each beat in time by adding up the intervals from the first packet.
    let atMs = 0;
    const inhaling: number[] = [];
    const exhaling: number[] = [];
    for (const rr of readings.flatMap((r) => r.rrMs)) {
      atMs += rr;
      ((atMs / 1000) % 10 < 4 ? inhaling : exhaling).push(60000 / rr);
    }
    expect(mean(inhaling) - mean(exhaling)).to.be.above(2);
  });

  it('stressed, it starts well above rest and settles as the practice goes on', async () => {
    const { scheduler, strap, readings } = setup();
    strap.setStressed(true);
    expect(strap.mode).to.equal('stressed');
    strap.followBreathing(() => breathing(scheduler.nowMs));
    await strap.pair();
    scheduler.runFor(240_000);
    const bpmBetween = (fromS: number, toS: number) =>
      mean(readings.filter((r) => r.tMs > fromS * 1000 && r.tMs <= toS * 1000).map((r) => r.bpm));
    expect(bpmBetween(5, 30)).to.be.above(REST_BPM * 1.2);
    expect(bpmBetween(60, 90)).to.be.below(bpmBetween(5, 30));
    expect(bpmBetween(150, 180)).to.be.below(REST_BPM * 1.07);
  });

  it('setting the same stress again does not restart the settling', async () => {
    const { scheduler, strap, readings } = setup();
    strap.setStressed(true);
    strap.followBreathing(() => breathing(scheduler.nowMs));
    await strap.pair();
    scheduler.runFor(180_000);
    strap.setStressed(true);
    scheduler.runFor(30_000);
    expect(mean(readings.slice(-20).map((r) => r.bpm))).to.be.below(REST_BPM * 1.07);
  });

  it('gives the same trace for the same seed', async () => {
    const a = setup(5);
    const b = setup(5);
    await a.strap.pair();
    await b.strap.pair();
    a.scheduler.runFor(30_000);
    b.scheduler.runFor(30_000);
    expect(a.readings).to.deep.equal(b.readings);
  });

  it('forget stops the packets until paired again', async () => {
    const { scheduler, strap, readings } = setup();
    await strap.pair();
    scheduler.runFor(3000);
    await strap.forget();
    expect(strap.state.kind).to.equal('idle');
    expect(strap.rememberedName).to.equal(null);
    expect(await strap.reconnectRemembered()).to.be.false;
    scheduler.runFor(10_000);
    expect(readings).to.have.length(3);
    expect(scheduler.pending).to.equal(0);
    await strap.pair();
    expect(strap.rememberedName).to.equal('Simulated strap');
    expect(await strap.reconnectRemembered()).to.be.true;
    scheduler.runFor(2000);
    expect(readings).to.have.length(5);
  });
});
