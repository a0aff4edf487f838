import { describe, expect, it } from 'vitest';
import { bodySign, heartNearResting } from './acknowledge';

const beats = (bpm: number, fromS: number, toS: number) =>
  Array.from({ length: toS - fromS }, (_, i) => ({ tS: fromS + i, bpm }));

describe('bodySign', () => {
  it('names the heart when it is back near its resting pace, ahead of stillness', () => {
    const heart = { samples: [...beats(95, 0, 150), ...beats(64, 150, 180)], baselineBpm: 62 };
    expect(heartNearResting({ stillness: 1, heart, nowS: 180 })).toBe(true);
    expect(bodySign({ stillness: 1, heart, nowS: 180 })).toBe('heart');
  });

  it('names stillness when the heart is still high or there is no strap', () => {
    const heart = { samples: beats(90, 0, 180), baselineBpm: 62 };
    expect(bodySign({ stillness: 0.9, heart, nowS: 180 })).toBe('still');
    expect(bodySign({ stillness: 0.9, heart: null, nowS: 180 })).toBe('still');
  });

  it('names nothing when the body moved, or nothing was measured', () => {
    expect(bodySign({ stillness: 0.5, heart: null, nowS: 180 })).toBe('none');
    expect(bodySign({ stillness: null, heart: null, nowS: 180 })).toBe('none');
  });

  it('does not speak for the heart on a few samples or without a resting rate', () => {
    expect(
      heartNearResting({
        stillness: null,
        heart: { samples: beats(60, 175, 180), baselineBpm: 62 },
        nowS: 180,
      }),
    ).toBe(false);
    expect(
      heartNearResting({
        stillness: null,
        heart: { samples: beats(60, 0, 180), baselineBpm: null },
        nowS: 180,
      }),
    ).toBe(false);
  });
});
