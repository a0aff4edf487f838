/**
 * The node constructors the cue code needs. Both Tone's live and offline contexts provide them, so
 * the same scheduling code runs on either.
 */
export interface AudioFactory {
  readonly sampleRate: number;
  createOscillator(): OscillatorNode;
  createGain(): GainNode;
  createBiquadFilter(): BiquadFilterNode;
  createBufferSource(): AudioBufferSourceNode;
  createBuffer(channelCount: number, length: number, sampleRate: number): AudioBuffer;
}

/** Disconnect `nodes` once `source` has ended, so finished sounds leave the graph. */
export function disposeOnEnded(source: AudioScheduledSourceNode, ...nodes: AudioNode[]): void {
  source.onended = () => {
    source.disconnect();
    for (const node of nodes) node.disconnect();
  };
}
