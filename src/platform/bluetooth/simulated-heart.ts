/** How the simulated person starts a practice. */
export type SimulatedMode = 'calm' | 'stressed';

/** Resting heart rate of the simulated person, bpm. */
export const REST_BPM = 65;
/** How far above rest a stressed start is (0.28 = 28 %). */
export const STRESS_RISE = 0.28;
/** Time constant of settling from stressed towards rest during practice, s (95 % in 2.5 min). */
const SETTLE_TAU_S = 50;
/** Time constant of the heart's tonic level following its target, s. */
const LEVEL_TAU_S = 6;
/** Time constant of the sinus arrhythmia following the breath, s. */
const RSA_TAU_S = 1.2;
/** Peak sinus arrhythmia, bpm above or below the level: guided breathing, and spontaneous. */
const RSA_GUIDED_BPM = 4;
const RSA_SPONTANEOUS_BPM = 2;
/** Lung-fill speed (fraction per s) at which the arrhythmia is full. */
const FULL_DRIVE_PER_S = 0.15;
/** Spontaneous breathing period when no practice runs, ms. */
const SPONTANEOUS_PERIOD_MS = 4000;
/** Beat-to-beat jitter (SD, ms) when calm; it halves when fully stressed. */
const JITTER_MS = 12;

/**
 * A heart with respiratory sinus arrhythmia: HR rises while the lungs fill and falls while they
 * empty, around a level that starts raised in 'stressed' mode and settles towards rest while a
 * practice runs. Pure and deterministic for a given `random` (0 ≤ x < 1).
 */
export class SimulatedHeart {
  readonly #random: () => number;
  readonly #restBpm: number;
  #mode: SimulatedMode = 'calm';
  #practiceS = 0;
  #level: number | null = null;
  #rsaBpm = 0;
  #tMs: number | null = null;
  #fill: number | null = null;
  #nextBeatMs = 0;
  #lastBeatMs = 0;
  #recentRrMs: number[] = [];

  constructor(random: () => number, restBpm = REST_BPM) {
    this.#random = random;
    this.#restBpm = restBpm;
  }

  get mode(): SimulatedMode {
    return this.#mode;
  }

  /** 'stressed' starts again from the raised level, which then settles as practice goes on. */
  setMode(mode: SimulatedMode): void {
    this.#mode = mode;
    this.#practiceS = 0;
  }

  /** The level the heart is heading for now, bpm (no arrhythmia). */
  targetBpm(): number {
    const stress = this.#mode === 'stressed' ? Math.exp(-this.#practiceS / SETTLE_TAU_S) : 0;
    return this.#restBpm * (1 + STRESS_RISE * stress);
  }

  /** What the strap would report now: the mean rate over the last few beats, bpm. */
  displayBpm(): number {
    const recent = this.#recentRrMs;
    if (recent.length === 0) return Math.round(this.#level ?? this.targetBpm());
    const meanRr = recent.reduce((a, b) => a + b, 0) / recent.length;
    return Math.round(60000 / meanRr);
  }

  /**
   * Move to `tMs` and return the RR intervals (ms) of the beats completed since the last call.
   * `lungFill` is 0..1 from the running practice, or null when none runs (then breathing is
   * spontaneous and nothing settles).
   */
  advance(tMs: number, lungFill: number | null): number[] {
    if (this.#tMs === null) {
      this.#start(tMs, lungFill);
      return [];
    }
    const dtS = Math.max(0, tMs - this.#tMs) / 1000;
    const fill = lungFill ?? spontaneousFill(tMs);
    const previousFill = this.#fill ?? fill;
    const drive = dtS > 0 ? clamp((fill - previousFill) / dtS / FULL_DRIVE_PER_S, -1, 1) : 0;
    if (lungFill !== null) this.#practiceS += dtS;
    this.#tMs = tMs;
    this.#fill = fill;
    const amplitude = lungFill === null ? RSA_SPONTANEOUS_BPM : RSA_GUIDED_BPM;
    const beats: number[] = [];
    while (this.#nextBeatMs <= tMs) {
      const rrMs = this.#nextBeatMs - this.#lastBeatMs;
      beats.push(rrMs);
      this.#recentRrMs = [...this.#recentRrMs, rrMs].slice(-4);
      this.#lastBeatMs = this.#nextBeatMs;
      this.#nextBeatMs += this.#interval(
        rrMs / 1000,
        drive * amplitude * (1 - 0.6 * this.#stress()),
      );
    }
    return beats;
  }

  #start(tMs: number, lungFill: number | null): void {
    this.#tMs = tMs;
    this.#fill = lungFill ?? spontaneousFill(tMs);
    this.#level = this.targetBpm();
    this.#lastBeatMs = tMs;
    this.#nextBeatMs = tMs + 60000 / this.#level;
  }

  /**
   * The interval to the next beat, ms: level plus arrhythmia (both moved on by `dtS` since the last
   * beat), with jitter; `rsaTarget` in bpm.
   */
  #interval(dtS: number, rsaTarget: number): number {
    const level = this.#level ?? this.targetBpm();
    this.#level = level + (this.targetBpm() - level) * (1 - Math.exp(-dtS / LEVEL_TAU_S));
    this.#rsaBpm += (rsaTarget - this.#rsaBpm) * (1 - Math.exp(-dtS / RSA_TAU_S));
    const jitter = this.#gaussian() * JITTER_MS * (1 - 0.5 * this.#stress());
    return clamp(60000 / (this.#level + this.#rsaBpm) + jitter, 300, 2000);
  }

  /** How stressed the heart is now: 0 at rest, 1 at the full stressed rise. */
  #stress(): number {
    return clamp(((this.#level ?? this.#restBpm) / this.#restBpm - 1) / STRESS_RISE, 0, 1);
  }

  /** A standard normal draw (Box–Muller). */
  #gaussian(): number {
    const u = 1 - this.#random();
    const v = this.#random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

function spontaneousFill(tMs: number): number {
  return 0.5 - 0.5 * Math.cos((2 * Math.PI * tMs) / SPONTANEOUS_PERIOD_MS);
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
