import { expect } from '@open-wc/testing';
import type { HeartRateSource, StrapState } from '../../app/ports/heart-rate-source';
import { MalformedMeasurementError } from '../../core/heart/measurement';
import type { HeartRateReading } from '../../core/heart/types';
import { describe, it } from '../../testing/mocha';
import { STRAP_MESSAGES } from './strap-failure';
import { STRAP_KEY, type StrapStorage } from './strap-memory';
import { bytes, FakeBluetooth, FakeStrapDevice } from './testing/fake-bluetooth';
import { FakeScheduler, settle } from './testing/fake-scheduler';
import { createWebBluetoothStrap } from './web-bluetooth-strap';

class MemoryStorage implements StrapStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

function setup(
  device = new FakeStrapDevice(),
  options: { getDevices?: boolean; storage?: MemoryStorage } = {},
) {
  const bluetooth = new FakeBluetooth(device, { getDevices: options.getDevices ?? true });
  const scheduler = new FakeScheduler();
  const storage = options.storage ?? new MemoryStorage();
  const strap = createWebBluetoothStrap({
    bluetooth,
    scheduler,
    now: scheduler.now,
    storage,
  });
  const states: StrapState[] = [];
  const readings: HeartRateReading[] = [];
  const errors: Error[] = [];
  strap.onState((s) => states.push(s));
  strap.onReading((r) => readings.push(r));
  strap.onError((e) => errors.push(e));
  return { device, bluetooth, scheduler, storage, strap, states, readings, errors };
}

const kinds = (states: readonly StrapState[]) => states.map((s) => s.kind);

async function paired(device?: FakeStrapDevice) {
  const t = setup(device);
  await t.strap.pair();
  return t;
}

function failure(strap: HeartRateSource) {
  const state = strap.state;
  return state.kind === 'failed' ? { reason: state.reason, message: state.message } : null;
}

describe('createWebBluetoothStrap', () => {
  it('asks for heart-rate straps straight away, before anything is awaited', () => {
    const { bluetooth, strap } = setup();
    void strap.pair();
    expect(bluetooth.requests).to.deep.equal([
      { filters: [{ services: ['heart_rate'] }], optionalServices: ['battery_service'] },
    ]);
  });

  it('pairing connects, starts notifications and reads battery and sensor location', async () => {
    const { device, strap, states } = await paired(
      new FakeStrapDevice({ battery: 64, location: 2 }),
    );
    expect(kinds(states)).to.deep.equal(['connecting', 'connecting', 'connected']);
    expect(strap.state).to.deep.equal({
      kind: 'connected',
      name: 'Polar H10 1234',
      batteryPercent: 64,
      location: 'wrist',
    });
    expect(device.heartRate?.notifying).to.be.true;
    expect(device.log).to.include.members([
      'connect',
      'service 0x180d',
      'start 0x2a37',
      'read 0x2a19',
    ]);
  });

  it('connects without battery or location when the strap has neither', async () => {
    const { strap } = await paired(new FakeStrapDevice({ battery: null, location: null }));
    expect(strap.state).to.deep.include({
      kind: 'connected',
      batteryPercent: null,
      location: null,
    });
  });

  it('follows battery notifications where the strap sends them', async () => {
    const { device, strap } = await paired(new FakeStrapDevice({ batteryNotifies: true }));
    device.battery!.send(bytes(41));
    expect(strap.state).to.deep.include({ kind: 'connected', batteryPercent: 41 });
  });

  it('turns each packet into a reading stamped on arrival', async () => {
    const { device, scheduler, readings } = await paired();
    scheduler.nowMs = 1234.5;
    device.heartRate!.send(bytes(0x16, 0x4b, 0x49, 0x03, 0x58, 0x03));
    expect(readings).to.have.length(1);
    const reading = readings[0]!;
    expect(reading).to.include({ bpm: 75, contact: 'detected', energyKj: null, tMs: 1234.5 });
    expect(reading.rrMs[0]).to.be.closeTo(821.29, 0.01);
    expect(reading.rrMs[1]).to.be.closeTo(835.94, 0.01);
  });

  it('reports a malformed packet and keeps the ones after it', async () => {
    const { device, readings, errors } = await paired();
    device.heartRate!.send(bytes(0x06, 60));
    device.heartRate!.send(bytes(0x18, 0x48, 0xd0));
    device.heartRate!.send(bytes(0x06, 61));
    expect(readings.map((r) => r.bpm)).to.deep.equal([60, 61]);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.be.instanceOf(MalformedMeasurementError);
  });

  it('remembers the paired strap by id and name', async () => {
    const { storage, strap } = await paired();
    expect(JSON.parse(storage.getItem(STRAP_KEY)!)).to.deep.equal({
      id: 'strap-1',
      name: 'Polar H10 1234',
    });
    expect(strap.rememberedName).to.equal('Polar H10 1234');
  });

  it('reconnects after a drop at 1, 2 and 4 s, restarting notifications', async () => {
    const { device, scheduler, strap, states, readings } = await paired();
    states.length = 0;
    device.inRange = false;
    device.drop();
    expect(strap.state).to.deep.equal({
      kind: 'reconnecting',
      name: 'Polar H10 1234',
      attempt: 1,
      nextInS: 1,
    });
    await scheduler.advance(1000);
    expect(strap.state).to.deep.include({ kind: 'reconnecting', attempt: 2, nextInS: 2 });
    await scheduler.advance(2000);
    expect(strap.state).to.deep.include({ kind: 'reconnecting', attempt: 3, nextInS: 4 });
    device.inRange = true;
    await scheduler.advance(3999);
    expect(strap.state.kind).to.equal('reconnecting');
    await scheduler.advance(1);
    expect(strap.state.kind).to.equal('connected');
    expect(scheduler.delaysMs).to.deep.equal([1000, 2000, 4000]);
    expect(kinds(states)).to.deep.equal([
      'reconnecting',
      'reconnecting',
      'reconnecting',
      'connected',
    ]);
    expect(device.heartRate?.notifying).to.be.true;
    device.heartRate!.send(bytes(0x06, 70));
    expect(readings.map((r) => r.bpm)).to.deep.equal([70]);
  });

  it('gives up after about a minute and reconnects when asked', async () => {
    const { device, scheduler, strap } = await paired();
    device.inRange = false;
    device.drop();
    await scheduler.advance(60_000);
    expect(scheduler.delaysMs).to.deep.equal([1000, 2000, 4000, 8000, 16000]);
    expect(strap.state).to.deep.equal({ kind: 'lost', name: 'Polar H10 1234' });
    await strap.retry();
    expect(strap.state.kind).to.equal('lost');
    device.inRange = true;
    await strap.retry();
    expect(strap.state.kind).to.equal('connected');
    expect(device.heartRate?.notifying).to.be.true;
  });

  it('a second drop starts the backoff again from 1 s', async () => {
    const { device, scheduler, strap } = await paired();
    device.drop();
    await scheduler.advance(1000);
    expect(strap.state.kind).to.equal('connected');
    device.drop();
    expect(strap.state).to.deep.include({ kind: 'reconnecting', attempt: 1, nextInS: 1 });
  });

  it('never runs two GATT operations at once, even when Reconnect is tapped mid-attempt', async () => {
    const { device, scheduler, strap, readings } = await paired(
      new FakeStrapDevice({ batteryNotifies: true }),
    );
    device.drop();
    // The Reconnect button while the first attempt is still in flight.
    scheduler.runFor(1000);
    const retried = strap.retry();
    await settle();
    await retried;
    expect(strap.state.kind).to.equal('connected');
    device.heartRate!.send(bytes(0x06, 66));
    expect(readings).to.have.length(1);
    expect(device.log.length).to.be.above(10);
    expect(device.overlaps).to.deep.equal([]);
  });

  it('reads each packet once after reconnecting, not once per connection', async () => {
    const { device, scheduler, readings } = await paired();
    device.drop();
    await scheduler.advance(1000);
    device.heartRate!.send(bytes(0x06, 72));
    expect(readings).to.have.length(1);
  });

  it('reconnects to the remembered strap after a reload without the chooser', async () => {
    const storage = new MemoryStorage();
    const first = setup(new FakeStrapDevice(), { storage });
    await first.strap.pair();
    const device = new FakeStrapDevice();
    const later = setup(new FakeStrapDevice({ id: 'someone-else' }), { storage });
    later.bluetooth.permitted = [new FakeStrapDevice({ id: 'other' }), device];
    expect(later.strap.rememberedName).to.equal('Polar H10 1234');
    expect(await later.strap.reconnectRemembered()).to.be.true;
    expect(later.bluetooth.requests).to.have.length(0);
    expect(later.strap.state).to.deep.include({ kind: 'connected', name: 'Polar H10 1234' });
    expect(device.heartRate?.notifying).to.be.true;
  });

  it('cannot reconnect without getDevices, an entry or the device', async () => {
    const storage = new MemoryStorage();
    await setup(new FakeStrapDevice(), { storage }).strap.pair();
    const noApi = setup(new FakeStrapDevice(), { storage, getDevices: false });
    expect(await noApi.strap.reconnectRemembered()).to.be.false;
    expect(noApi.strap.rememberedName).to.equal('Polar H10 1234');
    const notPermitted = setup(new FakeStrapDevice(), { storage });
    expect(await notPermitted.strap.reconnectRemembered()).to.be.false;
    const nothingRemembered = setup();
    nothingRemembered.bluetooth.permitted = [nothingRemembered.device];
    expect(await nothingRemembered.strap.reconnectRemembered()).to.be.false;
    expect(nothingRemembered.strap.state.kind).to.equal('idle');
  });

  it('forget disconnects, forgets the device and clears the memory', async () => {
    const { device, scheduler, storage, strap } = await paired();
    await strap.forget();
    expect(strap.state.kind).to.equal('idle');
    expect(device.gatt.connected).to.be.false;
    expect(device.forgotten).to.be.true;
    expect(storage.getItem(STRAP_KEY)).to.equal(null);
    expect(strap.rememberedName).to.equal(null);
    await scheduler.advance(60_000);
    expect(strap.state.kind).to.equal('idle');
    expect(scheduler.pending).to.equal(0);
  });

  it('forget during reconnecting stops the attempts', async () => {
    const { device, scheduler, strap } = await paired();
    device.drop();
    await strap.forget();
    await scheduler.advance(60_000);
    expect(strap.state.kind).to.equal('idle');
    expect(device.log.filter((op) => op === 'connect')).to.have.length(1);
  });

  it('says which browsers work when there is no Web Bluetooth', async () => {
    const strap = createWebBluetoothStrap({ bluetooth: null, storage: null });
    expect(strap.available).to.be.false;
    await strap.pair();
    expect(failure(strap)).to.deep.equal({
      reason: 'unsupported',
      message:
        'Heart-rate straps need Chrome or Edge on Android, ChromeOS, macOS or Windows. This browser (e.g. Safari on iPhone, Firefox) cannot reach Bluetooth.',
    });
  });

  const requestFailures: [string, DOMException, boolean, string][] = [
    [
      'the chooser is cancelled',
      new DOMException('User cancelled the requestDevice() chooser.', 'NotFoundError'),
      true,
      'cancelled',
    ],
    [
      'the adapter is missing',
      new DOMException('Bluetooth adapter not available.', 'NotFoundError'),
      true,
      'bluetooth-off',
    ],
    [
      'Bluetooth is off',
      new DOMException('User cancelled the requestDevice() chooser.', 'NotFoundError'),
      false,
      'bluetooth-off',
    ],
    [
      'permission is blocked',
      new DOMException('Origin is not allowed to access the service.', 'SecurityError'),
      true,
      'permission-denied',
    ],
    [
      'permission is denied',
      new DOMException(
        'User denied the browser permission to scan for Bluetooth devices.',
        'NotAllowedError',
      ),
      true,
      'permission-denied',
    ],
  ];
  for (const [when, error, adapterOn, reason] of requestFailures) {
    it(`fails as ${reason} when ${when}`, async () => {
      const { bluetooth, strap } = setup();
      bluetooth.chooser = error;
      bluetooth.adapterOn = adapterOn;
      await strap.pair();
      expect(failure(strap)).to.deep.equal({
        reason,
        message: STRAP_MESSAGES[reason as keyof typeof STRAP_MESSAGES],
      });
    });
  }

  it('fails as no-heart-rate-service for a device without one, and does not remember it', async () => {
    const { device, storage, strap } = await paired(new FakeStrapDevice({ heartRate: false }));
    expect(failure(strap)?.reason).to.equal('no-heart-rate-service');
    expect(device.gatt.connected).to.be.false;
    expect(storage.getItem(STRAP_KEY)).to.equal(null);
  });

  it('fails as connection-failed when the strap does not answer', async () => {
    const device = new FakeStrapDevice();
    device.inRange = false;
    const { strap, scheduler } = await paired(device);
    expect(failure(strap)?.reason).to.equal('connection-failed');
    await scheduler.advance(60_000);
    expect(strap.state.kind).to.equal('failed');
  });

  it('every failure has words for the person', () => {
    for (const message of Object.values(STRAP_MESSAGES)) {
      expect(message).to.match(/^[A-Z].{20,}\.$/);
    }
  });

  it('lets promises settle with no stray timers', async () => {
    const { scheduler } = await paired();
    await settle();
    expect(scheduler.pending).to.equal(0);
  });
});
