// A mono 16-bit WAV file that exists only as its header and numbered segments of samples, served a
// byte range at a time (HTTP `Range`, as media elements ask): which segments a range needs, and the
// bytes of that range put together from them.
import { WAV_HEADER_BYTES, wavHeader } from './wav';

/** The shape of a segmented mono 16-bit WAV file. */
export interface SegmentedWav {
  /** Frames (samples) in the whole file. */
  readonly frames: number;
  readonly sampleRate: number;
  /** Frames per segment; the last segment may be shorter. */
  readonly segmentFrames: number;
}

/** First and last byte of a range, both included (as in `Content-Range`). */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/** Bytes in the whole file. */
export function wavSize(wav: SegmentedWav): number {
  return WAV_HEADER_BYTES + wav.frames * 2;
}

/** Segments in the file. */
export function segmentCount(wav: SegmentedWav): number {
  return Math.ceil(wav.frames / wav.segmentFrames);
}

/**
 * The range a `Range` header asks of a file of `size` bytes: `bytes=a-b`, `bytes=a-` or
 * `bytes=-n` (the last n). No header means the whole file; null means the range cannot be
 * satisfied (416). Only one range: media elements never ask for several.
 */
export function parseRange(header: string | null, size: number): ByteRange | null {
  if (header === null) return size > 0 ? { start: 0, end: size - 1 } : null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return null;
  if (from === '') {
    const last = Number(to);
    return last > 0 && size > 0 ? { start: Math.max(0, size - last), end: size - 1 } : null;
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  return start <= end && start < size ? { start, end } : null;
}

/** The range cut to at most `maxBytes` (a media element asks again for the rest). */
export function capRange(range: ByteRange, maxBytes: number): ByteRange {
  return { start: range.start, end: Math.min(range.end, range.start + maxBytes - 1) };
}

/** The segments whose samples the range covers, in order (none when it covers only the header). */
export function segmentsOf(wav: SegmentedWav, range: ByteRange): number[] {
  const firstByte = Math.max(range.start, WAV_HEADER_BYTES) - WAV_HEADER_BYTES;
  const lastByte = range.end - WAV_HEADER_BYTES;
  if (lastByte < firstByte) return [];
  const first = Math.floor(firstByte / 2 / wav.segmentFrames);
  const last = Math.min(segmentCount(wav) - 1, Math.floor(lastByte / 2 / wav.segmentFrames));
  const segments: number[] = [];
  for (let k = first; k <= last; k++) segments.push(k);
  return segments;
}

/**
 * The bytes of `range`: the header where it reaches, then samples from the segments (`segment(k)`
 * gives segment k's 16-bit PCM bytes, all of them; at least those `segmentsOf` names).
 */
export function rangeBytes(
  wav: SegmentedWav,
  range: ByteRange,
  segment: (index: number) => Uint8Array,
): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(range.end - range.start + 1);
  const header = wavHeader(wav.frames, 1, wav.sampleRate);
  if (range.start < WAV_HEADER_BYTES) {
    out.set(header.subarray(range.start, Math.min(WAV_HEADER_BYTES, range.end + 1)));
  }
  const segmentBytes = wav.segmentFrames * 2;
  for (const k of segmentsOf(wav, range)) {
    const bytes = segment(k);
    const at = WAV_HEADER_BYTES + k * segmentBytes;
    const from = Math.max(range.start, at);
    const to = Math.min(range.end + 1, at + bytes.length);
    if (to > from) out.set(bytes.subarray(from - at, to - at), from - range.start);
  }
  return out;
}
