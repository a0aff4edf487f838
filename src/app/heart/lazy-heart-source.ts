import type { HeartRateReading } from '../../core/heart/types';
import type { SimulatedControls } from './heart-monitor';
import type { HeartRateSource, StrapState } from '../ports/heart-rate-source';

/** What a strap module gives once loaded: the source and, for the simulated one, its knobs. */
export interface LoadedStrap {
  readonly source: HeartRateSource;
  readonly controls?: SimulatedControls;
}

const IDLE: StrapState = { kind: 'idle' };

/**
 * A strap whose code loads on first use, so it stays out of the first download. Until then it is
 * idle and remembers nothing; listeners and the simulation's knobs are kept and handed over on
 * load, when state listeners hear the loaded strap's state. `pair()` calls straight through once
 * loaded, so `preload()` ahead of the tap keeps the chooser inside the tap.
 */
export class LazyHeartSource implements HeartRateSource, SimulatedControls {
  #loaded: LoadedStrap | null = null;
  #loading: Promise<LoadedStrap> | null = null;
  #levelAt: (() => number) | null = null;
  #stressed: boolean | null = null;
  readonly #readingListeners = new Set<(reading: HeartRateReading) => void>();
  readonly #stateListeners = new Set<(state: StrapState) => void>();
  readonly #errorListeners = new Set<(error: Error) => void>();
  readonly #availableBeforeLoad: boolean;
  readonly #load: () => Promise<LoadedStrap>;

  /** `available` is the cheap answer before loading (for Bluetooth, `'bluetooth' in navigator`). */
  constructor(
    readonly kind: 'bluetooth' | 'simulated',
    availableBeforeLoad: boolean,
    load: () => Promise<LoadedStrap>,
  ) {
    this.#availableBeforeLoad = availableBeforeLoad;
    this.#load = load;
  }

  get available(): boolean {
    return this.#loaded ? this.#loaded.source.available : this.#availableBeforeLoad;
  }

  get state(): StrapState {
    return this.#loaded?.source.state ?? IDLE;
  }

  get rememberedName(): string | null {
    return this.#loaded?.source.rememberedName ?? null;
  }

  /** Starts loading the strap's code now (settings opened); safe to call often. */
  preload(): void {
    void this.#ready().catch(() => undefined);
  }

  pair(): Promise<void> {
    if (this.#loaded) return this.#loaded.source.pair();
    return this.#ready().then(({ source }) => source.pair());
  }

  reconnectRemembered(): Promise<boolean> {
    return this.#ready().then(({ source }) => source.reconnectRemembered());
  }

  retry(): Promise<void> {
    return this.#ready().then(({ source }) => source.retry());
  }

  forget(): Promise<void> {
    // Nothing loaded means nothing connected; the remembered strap is still forgotten.
    return this.#ready().then(({ source }) => source.forget());
  }

  followBreathing(levelAt: (() => number) | null): void {
    this.#levelAt = levelAt;
    this.#loaded?.controls?.followBreathing(levelAt);
  }

  setStressed(stressed: boolean): void {
    this.#stressed = stressed;
    this.#loaded?.controls?.setStressed(stressed);
  }

  onReading(listener: (reading: HeartRateReading) => void): () => void {
    this.#readingListeners.add(listener);
    return () => this.#readingListeners.delete(listener);
  }

  onState(listener: (state: StrapState) => void): () => void {
    this.#stateListeners.add(listener);
    return () => this.#stateListeners.delete(listener);
  }

  onError(listener: (error: Error) => void): () => void {
    this.#errorListeners.add(listener);
    return () => this.#errorListeners.delete(listener);
  }

  #ready(): Promise<LoadedStrap> {
    if (this.#loaded) return Promise.resolve(this.#loaded);
    this.#loading ??= this.#load().then(
      (strap) => {
        this.#adopt(strap);
        return strap;
      },
      (error: unknown) => {
        this.#loading = null;
        throw error;
      },
    );
    return this.#loading;
  }

  #adopt(strap: LoadedStrap): void {
    const { source, controls } = strap;
    this.#loaded = strap;
    if (this.#stressed !== null) controls?.setStressed(this.#stressed);
    controls?.followBreathing(this.#levelAt);
    source.onReading((reading) => {
      for (const listener of [...this.#readingListeners]) listener(reading);
    });
    source.onState((state) => {
      for (const listener of [...this.#stateListeners]) listener(state);
    });
    source.onError((error) => {
      for (const listener of [...this.#errorListeners]) listener(error);
    });
    for (const listener of [...this.#stateListeners]) listener(source.state);
  }
}
