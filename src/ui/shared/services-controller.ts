import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { servicesContext, type AppServices } from '../../app/contexts';
import type { Settings } from '../../core/settings/settings';

/**
 * Gives a view the app services and the current settings, re-rendering when settings change.
 * `onReady` runs once, in the first update that has the services (a view's first load).
 */
export class ServicesController implements ReactiveController {
  services: AppServices | null = null;
  settings: Settings | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private onReady?: (services: AppServices) => void,
  ) {
    host.addController(this);
    new ContextConsumer(host, {
      context: servicesContext,
      subscribe: true,
      // Called with undefined while the provider has no services yet.
      callback: (services?: AppServices) => {
        if (services) this.attach(services);
      },
    });
  }

  hostConnected(): void {
    if (this.services && !this.unsubscribe) this.attach(this.services);
  }

  hostUpdate(): void {
    const ready = this.onReady;
    if (!ready || !this.services) return;
    this.onReady = undefined;
    ready(this.services);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** Saves a change to the settings. */
  update(change: (settings: Settings) => Settings): void {
    if (!this.services) return;
    this.services.settings.save(change(this.services.settings.load()));
  }

  private attach(services: AppServices): void {
    this.unsubscribe?.();
    this.services = services;
    this.settings = services.settings.load();
    this.unsubscribe = services.settings.subscribe((settings) => {
      this.settings = settings;
      this.host.requestUpdate();
    });
    this.host.requestUpdate();
  }
}
