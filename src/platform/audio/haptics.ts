import type { Haptics } from '../../app/ports/haptics';
import type { PhaseKind } from '../../core/breathing/types';

/** Vibration patterns in ms (on, off, on…): one pulse in, two out, a long soft one to hold. */
export const HAPTIC_PATTERNS: Readonly<Record<PhaseKind | 'end', readonly number[]>> = {
  settle: [],
  inhale: [60],
  'top-up': [30],
  hold: [200],
  exhale: [40, 80, 40],
  hum: [40, 80, 40],
  end: [80, 100, 80, 100, 240],
};

/** Haptics through navigator.vibrate; does nothing (and reports unsupported) where it is missing. */
export function createHaptics(nav: Navigator = navigator): Haptics {
  const supported = typeof nav.vibrate === 'function';
  const vibrate = (pattern: readonly number[]) => {
    // Some browsers throw when vibration is blocked (e.g. no user activation yet).
    try {
      nav.vibrate([...pattern]);
    } catch {
      /* not allowed now: stay silent */
    }
  };
  return {
    supported,
    phase(kind) {
      const pattern = HAPTIC_PATTERNS[kind];
      if (supported && pattern.length > 0) vibrate(pattern);
    },
    cancel() {
      if (supported) vibrate([0]);
    },
  };
}
