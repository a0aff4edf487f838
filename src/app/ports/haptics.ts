import type { PhaseKind } from '../../core/breathing/types';

/** Vibration patterns a person can tell apart. */
export interface Haptics {
  readonly supported: boolean;
  /** One pulse in, two out, a long one for holds; silently nothing where unsupported. */
  phase(kind: PhaseKind | 'end'): void;
  cancel(): void;
}
