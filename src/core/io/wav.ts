/** Bytes in the RIFF/WAVE header written by `encodeWav`. */
export const WAV_HEADER_BYTES = 44;

/** A set of channels that cannot be written as one WAV file. */
export class WavError extends Error {
  override name = 'WavError';
}

/**
 * Encode equal-length channels (samples in -1..1, clamped) as a 16-bit PCM little-endian WAV file.
 * `sampleRate` is in Hz.
 */
export function encodeWav(
  channels: readonly Float32Array[],
  sampleRate: number,
): Uint8Array<ArrayBuffer> {
  const channelCount = channels.length;
  const frameCount = channels[0]?.length ?? 0;
  if (channelCount < 1) throw new WavError('A WAV file needs at least one channel.');
  if (channels.some((c) => c.length !== frameCount)) {
    throw new WavError('All channels of a WAV file must have the same length.');
  }
  if (!Number.isInteger(sampleRate) || sampleRate <= 0) {
    throw new WavError(`The sample rate must be a whole number of Hz, not ${String(sampleRate)}.`);
  }
  const bytes = new Uint8Array(WAV_HEADER_BYTES + frameCount * channelCount * 2);
  bytes.set(wavHeader(frameCount, channelCount, sampleRate));
  const view = new DataView(bytes.buffer);
  let offset = WAV_HEADER_BYTES;
  for (let i = 0; i < frameCount; i++) {
    for (const channel of channels) {
      view.setInt16(offset, toInt16(channel[i] ?? 0), true);
      offset += 2;
    }
  }
  return bytes;
}

/** The 44-byte header of a 16-bit PCM WAV file of `frameCount` frames. */
export function wavHeader(
  frameCount: number,
  channelCount: number,
  sampleRate: number,
): Uint8Array<ArrayBuffer> {
  const blockAlign = channelCount * 2;
  const dataBytes = frameCount * blockAlign;
  const bytes = new Uint8Array(WAV_HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  writeAscii(bytes, 0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  writeAscii(bytes, 8, 'WAVE');
  writeAscii(bytes, 12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, channelCount, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * blockAlign, true);
  view.setUint16(32, blockAlign, true);
  view.setUint16(34, 16, true);
  writeAscii(bytes, 36, 'data');
  view.setUint32(40, dataBytes, true);
  return bytes;
}

/** Mono samples as 16-bit little-endian PCM bytes (clamped as `encodeWav` does). */
export function pcm16(samples: Float32Array): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(samples.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < samples.length; i++) view.setInt16(i * 2, toInt16(samples[i] ?? 0), true);
  return bytes;
}

/** A -1..1 sample as a signed 16-bit value; out-of-range and NaN samples are clamped (NaN to 0). */
export function toInt16(sample: number): number {
  const s = Number.isNaN(sample) ? 0 : Math.max(-1, Math.min(1, sample));
  return s < 0 ? Math.round(s * 0x8000) : Math.round(s * 0x7fff);
}

function writeAscii(bytes: Uint8Array, offset: number, text: string): void {
  for (let i = 0; i < text.length; i++) bytes[offset + i] = text.charCodeAt(i);
}
