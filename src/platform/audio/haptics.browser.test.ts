import { expect } from '@open-wc/testing';
import { describe, it } from '../../testing/mocha';
import { createHaptics, HAPTIC_PATTERNS } from './haptics';

function stubNavigator(vibrate?: (pattern: number[]) => boolean) {
  const calls: number[][] = [];
  const nav = vibrate ? { vibrate: (p: number[]) => (calls.push(p), vibrate(p)) } : {};
  return { nav: nav as unknown as Navigator, calls };
}

describe('haptics', () => {
  it('vibrates one pulse in, two pulses out, and a distinct hold and end', () => {
    const { nav, calls } = stubNavigator(() => true);
    const haptics = createHaptics(nav);
    expect(haptics.supported).to.be.true;
    for (const kind of ['inhale', 'exhale', 'hold', 'end'] as const) haptics.phase(kind);
    expect(calls).to.deep.equal([[60], [40, 80, 40], [200], [...HAPTIC_PATTERNS.end]]);
    expect(new Set(calls.map((c) => JSON.stringify(c))).size).to.equal(4);
    expect(HAPTIC_PATTERNS.inhale).not.to.deep.equal(HAPTIC_PATTERNS.exhale);
  });

  it('does nothing, and says so, where vibration is missing', () => {
    const { nav, calls } = stubNavigator();
    const haptics = createHaptics(nav);
    expect(haptics.supported).to.be.false;
    haptics.phase('inhale');
    haptics.cancel();
    expect(calls).to.have.length(0);
  });

  it('swallows a browser that throws on vibrate', () => {
    const { nav } = stubNavigator(() => {
      throw new Error('blocked');
    });
    expect(() => {
      createHaptics(nav).phase('exhale');
    }).not.to.throw();
  });
});
