import type { PromptId } from '../../core/content/prompts';

/** Where the recorded clips are served (`public/voice/<id>.mp3`). */
export const VOICE_BASE_URL = '/voice/';

/** Decoded voice clips by id; a clip that failed to load stays missing (its lines are skipped). */
export class ClipBank {
  readonly #buffers = new Map<PromptId, AudioBuffer>();
  readonly #pending = new Map<PromptId, Promise<AudioBuffer | undefined>>();
  readonly #decode: (data: ArrayBuffer) => Promise<AudioBuffer>;
  readonly #baseUrl: string;

  constructor(decode: (data: ArrayBuffer) => Promise<AudioBuffer>, baseUrl = VOICE_BASE_URL) {
    this.#decode = decode;
    this.#baseUrl = baseUrl;
  }

  /** The decoded clip, or undefined while it loads or when it failed. */
  get(id: PromptId): AudioBuffer | undefined {
    return this.#buffers.get(id);
  }

  /** Fetch and decode a clip once; resolves undefined when it cannot be loaded. */
  load(id: PromptId): Promise<AudioBuffer | undefined> {
    let pending = this.#pending.get(id);
    if (!pending) {
      pending = this.#fetch(id).then(
        (buffer) => {
          this.#buffers.set(id, buffer);
          return buffer;
        },
        () => undefined,
      );
      this.#pending.set(id, pending);
    }
    return pending;
  }

  /** Load all of `ids` in parallel. */
  async loadAll(ids: readonly PromptId[]): Promise<void> {
    await Promise.all(ids.map((id) => this.load(id)));
  }

  async #fetch(id: PromptId): Promise<AudioBuffer> {
    const response = await fetch(`${this.#baseUrl}${id}.mp3`);
    if (!response.ok) throw new Error(`Voice clip ${id}: HTTP ${String(response.status)}`);
    return this.#decode(await response.arrayBuffer());
  }
}
