import { describe, expect, it } from 'vitest';
import { createInstallPrompt } from './install-prompt';

const CHROME_ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const IPAD_DESKTOP_UA =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
const IPHONE_IN_APP =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 300.0';

interface FakeWindowOptions {
  readonly userAgent?: string;
  readonly standalone?: boolean;
  readonly maxTouchPoints?: number;
  readonly displayMode?: 'browser' | 'standalone';
}

/** Just what the adapter reads from a window: events, matchMedia and navigator. */
function fakeWindow(options: FakeWindowOptions = {}) {
  const target = new EventTarget();
  const queries: string[] = [];
  const win = Object.assign(target, {
    navigator: {
      userAgent: options.userAgent ?? CHROME_ANDROID,
      maxTouchPoints: options.maxTouchPoints ?? 5,
      ...(options.standalone === undefined ? {} : { standalone: options.standalone }),
    },
    matchMedia: (query: string) => {
      queries.push(query);
      return { matches: options.displayMode === 'standalone' };
    },
  });
  return { win: win as unknown as Window, queries };
}

/** A `beforeinstallprompt` whose dialog answers `outcome`; counts prompt() calls. */
function installOffer(outcome: 'accepted' | 'dismissed') {
  const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
    prompts: 0,
    prompt() {
      event.prompts++;
      return Promise.resolve();
    },
    userChoice: Promise.resolve({ outcome, platform: 'web' }),
  });
  return event;
}

describe('install prompt', () => {
  it('offers nothing until the browser sends its install offer', async () => {
    const { win } = fakeWindow();
    const installer = createInstallPrompt(win);
    expect(installer.path).toBe('none');
    expect(await installer.promptInstall()).toBe('unavailable');
  });

  it('keeps the offer, stops the browser banner, and tells listeners it can prompt', () => {
    const { win } = fakeWindow();
    const installer = createInstallPrompt(win);
    const seen: string[] = [];
    installer.onChange((path) => seen.push(path));
    const offer = installOffer('accepted');
    win.dispatchEvent(offer);
    expect(offer.defaultPrevented).toBe(true);
    expect(installer.path).toBe('prompt');
    expect(seen).toEqual(['prompt']);
  });

  it('opens the dialog once and reports an accepted install as nothing left to offer', async () => {
    const { win } = fakeWindow();
    const installer = createInstallPrompt(win);
    const offer = installOffer('accepted');
    win.dispatchEvent(offer);
    expect(await installer.promptInstall()).toBe('accepted');
    expect(offer.prompts).toBe(1);
    expect(installer.path).toBe('none');
    expect(await installer.promptInstall()).toBe('unavailable');
    expect(offer.prompts).toBe(1);
  });

  it('a dismissed dialog is spent, and a fresh offer from the browser can prompt again', async () => {
    const { win } = fakeWindow();
    const installer = createInstallPrompt(win);
    win.dispatchEvent(installOffer('dismissed'));
    expect(await installer.promptInstall()).toBe('dismissed');
    expect(installer.path).toBe('none');
    win.dispatchEvent(installOffer('accepted'));
    expect(installer.path).toBe('prompt');
  });

  it('hides the offer once the app is installed from anywhere (the browser menu too)', () => {
    const { win } = fakeWindow();
    const installer = createInstallPrompt(win);
    const seen: string[] = [];
    const unsubscribe = installer.onChange((path) => seen.push(path));
    win.dispatchEvent(installOffer('accepted'));
    win.dispatchEvent(new Event('appinstalled'));
    expect(installer.path).toBe('none');
    expect(seen).toEqual(['prompt', 'none']);
    unsubscribe();
    win.dispatchEvent(installOffer('accepted'));
    expect(seen).toEqual(['prompt', 'none']);
    // Installed stays installed even if another offer arrives.
    expect(installer.path).toBe('none');
  });

  it('offers nothing when already running as the installed app', () => {
    const { win, queries } = fakeWindow({ displayMode: 'standalone' });
    const installer = createInstallPrompt(win);
    win.dispatchEvent(installOffer('accepted'));
    expect(installer.path).toBe('none');
    expect(queries[0]).toContain('(display-mode: standalone)');
  });

  describe('on iOS, where only Share → Add to Home Screen installs', () => {
    it('hints in Safari on an iPhone, in a tab', () => {
      const { win } = fakeWindow({ userAgent: IPHONE_SAFARI, standalone: false });
      expect(createInstallPrompt(win).path).toBe('ios-hint');
    });

    it('hints on an iPad that asks for desktop sites (it says Macintosh but has touch)', () => {
      const { win } = fakeWindow({ userAgent: IPAD_DESKTOP_UA, standalone: false });
      expect(createInstallPrompt(win).path).toBe('ios-hint');
    });

    it('says nothing once opened from the home screen', () => {
      const { win } = fakeWindow({ userAgent: IPHONE_SAFARI, standalone: true });
      expect(createInstallPrompt(win).path).toBe('none');
    });

    it('says nothing on a Mac, nor inside an app’s web view', () => {
      const mac = fakeWindow({ userAgent: IPAD_DESKTOP_UA, standalone: false, maxTouchPoints: 0 });
      expect(createInstallPrompt(mac.win).path).toBe('none');
      const inApp = fakeWindow({ userAgent: IPHONE_IN_APP, standalone: false });
      expect(createInstallPrompt(inApp.win).path).toBe('none');
    });

    it('says nothing where the flag is missing (not Apple’s WebKit)', () => {
      const { win } = fakeWindow({ userAgent: IPHONE_SAFARI });
      expect(createInstallPrompt(win).path).toBe('none');
    });
  });
});
