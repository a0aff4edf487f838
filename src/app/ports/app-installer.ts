/** How this browser lets a person keep Stay on their home screen, as of now. */
export type InstallPath =
  /** The browser offers its own install dialog (`beforeinstallprompt`); `promptInstall` opens it. */
  | 'prompt'
  /** iOS/iPadOS Safari in a tab: no dialog exists, the person uses Share → Add to Home Screen. */
  | 'ios-hint'
  /** Already installed, running as the installed app, or no install path this browser offers. */
  | 'none';

/** The browser's install dialog, captured when offered and opened only from a tap. */
export interface AppInstaller {
  readonly path: InstallPath;
  /**
   * Opens the browser's install dialog (call it inside a tap) and resolves to the person's answer;
   * 'unavailable' when the browser offers no dialog right now.
   */
  promptInstall(): Promise<'accepted' | 'dismissed' | 'unavailable'>;
  /** Called with the new path whenever it changes (offered, used, installed); returns unsubscribe. */
  onChange(listener: (path: InstallPath) => void): () => void;
}
