/** Lock-screen / notification controls for a running practice. */
export interface MediaControls {
  /** Show the practice with these handlers; returns a function that clears them. */
  show(
    title: string,
    handlers: { readonly play: () => void; readonly pause: () => void; readonly stop: () => void },
  ): () => void;
  setState(state: 'playing' | 'paused' | 'none'): void;
}
