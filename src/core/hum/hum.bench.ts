import { bench, describe } from 'vitest';
import { detectHum } from './hum';
import { threeHums } from './testing/scenes';

// Run: npx vitest bench --run src/core/hum. Divide the time per run by 24 for ms per audio second.
const { samples } = threeHums(48000, 150);

describe(`detectHum on ${(samples.length / 48000).toFixed(0)} s of 48 kHz audio`, () => {
  bench('three hums in white noise', () => {
    detectHum(samples, 48000);
  });
});
