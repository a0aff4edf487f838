/** The fields of a 16-bit PCM WAV file that a test checks. */
export interface WavInfo {
  readonly channels: number;
  readonly sampleRate: number;
  readonly bitsPerSample: number;
  readonly durationS: number;
  /** Largest absolute sample, 0..1. */
  readonly peak: number;
}

/** Parse a RIFF/WAVE file's fmt and data chunks (independently of the app's encoder). */
export function readWavHeader(bytes: Uint8Array): WavInfo {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('not a WAV file');
  let at = 12;
  let channels = 0;
  let sampleRate = 0;
  let bitsPerSample = 0;
  while (at + 8 <= bytes.length) {
    const id = tag(at);
    const size = view.getUint32(at + 4, true);
    if (id === 'fmt ') {
      channels = view.getUint16(at + 10, true);
      sampleRate = view.getUint32(at + 12, true);
      bitsPerSample = view.getUint16(at + 22, true);
    } else if (id === 'data') {
      const frames = size / (channels * (bitsPerSample / 8));
      let peak = 0;
      for (let i = 0; i < size / 2; i++) {
        peak = Math.max(peak, Math.abs(view.getInt16(at + 8 + i * 2, true)) / 32768);
      }
      return { channels, sampleRate, bitsPerSample, durationS: frames / sampleRate, peak };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error('WAV file has no data chunk');
}
