import { expect } from '@open-wc/testing';
import { describe, it } from '../../testing/mocha';
import { STRAP_KEY } from './strap-memory';
import { bytes, FakeStrapDevice } from './testing/fake-bluetooth';
import { settle } from './testing/fake-scheduler';
import { kinds, MemoryStorage, paired, setup } from './testing/strap-harness';

describe('createWebBluetoothStrap after a drop, a reload or forget', () => {
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
});
