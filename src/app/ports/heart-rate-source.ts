import type { HeartRateReading } from '../../core/heart/types';

/** Where a heart-rate strap is in its life. */
export type StrapState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'connecting'; readonly name: string | null }
  | {
      readonly kind: 'connected';
      readonly name: string;
      readonly batteryPercent: number | null;
      readonly location: string | null;
    }
  | {
      readonly kind: 'reconnecting';
      readonly name: string;
      readonly attempt: number;
      readonly nextInS: number;
    }
  | { readonly kind: 'lost'; readonly name: string }
  | { readonly kind: 'failed'; readonly reason: StrapFailure; readonly message: string };

/** Why pairing or reconnecting failed; `message` carries the words for the person. */
export type StrapFailure =
  | 'unsupported'
  | 'bluetooth-off'
  | 'permission-denied'
  | 'cancelled'
  | 'no-heart-rate-service'
  | 'connection-failed';

/** A heart-rate strap (Web Bluetooth or simulated) behind one interface. */
export interface HeartRateSource {
  /** 'bluetooth' for a real strap, 'simulated' for the built-in one. */
  readonly kind: 'bluetooth' | 'simulated';
  /** False where the browser cannot reach straps at all (no Web Bluetooth). */
  readonly available: boolean;
  /** Ask the person to choose a strap (must run inside a tap), then connect and start notifications. */
  pair(): Promise<void>;
  /** Connect to the remembered strap without the chooser where the browser allows; false if it cannot. */
  reconnectRemembered(): Promise<boolean>;
  /** Try again now after reconnecting gave up. */
  retry(): Promise<void>;
  /** Disconnect and forget the strap. */
  forget(): Promise<void>;
  /** Name of the remembered strap, if any. */
  readonly rememberedName: string | null;
  readonly state: StrapState;
  /** Every decoded packet, stamped with `performance.now()` ms at arrival; returns unsubscribe. */
  onReading(listener: (reading: HeartRateReading) => void): () => void;
  onState(listener: (state: StrapState) => void): () => void;
  /** A malformed packet (it is dropped, and nothing else is lost); returns unsubscribe. */
  onError(listener: (error: Error) => void): () => void;
}
