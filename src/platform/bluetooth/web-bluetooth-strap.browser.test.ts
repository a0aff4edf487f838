import { expect } from '@open-wc/testing';
import { MalformedMeasurementError } from '../../core/heart/measurement';
import { describe, it } from '../../testing/mocha';
import { STRAP_MESSAGES } from './strap-failure';
import { STRAP_KEY } from './strap-memory';
import { bytes, FakeStrapDevice } from './testing/fake-bluetooth';
import { settle } from './testing/fake-scheduler';
import { failure, kinds, paired, setup } from './testing/strap-harness';
import { createWebBluetoothStrap } from './web-bluetooth-strap';

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
