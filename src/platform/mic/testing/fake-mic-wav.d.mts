/** The fake microphone's scene (s, Hz, linear amplitudes, 16-bit mono at `sampleRate`). */
export declare const FAKE_MIC_SCENE: {
  readonly sampleRate: number;
  readonly leadS: number;
  readonly humS: number;
  readonly tailS: number;
  readonly humHz: number;
  readonly humAmplitude: number;
  readonly noiseAmplitude: number;
};
/** The scene's samples. */
export declare function fakeMicSamples(scene?: typeof FAKE_MIC_SCENE): Float32Array;
/** 16-bit PCM mono WAV bytes of `samples`. */
export declare function wavBytes(samples: Float32Array, sampleRate: number): Uint8Array;
/** Writes the scene to `path` and returns `path`. */
export declare function writeFakeMicWav(path: string): string;
