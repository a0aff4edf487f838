// Bench page: five years of synthetic practice in the real IndexedDB, then the history and one
// session rendered by the app's own elements, a practice saved, and everything exported.
import { ContextProvider } from '@lit/context';
import { servicesContext } from '../src/app/contexts';
import { createServices } from '../src/app/services';
import {
  FakeExporter,
  FakeFileSaver,
  FakeHaptics,
  FakeMedia,
  FakePlayer,
  FakeScreen,
} from '../src/app/testing/fake-ports';
import { FakeHeartSource } from '../src/app/testing/fake-heart-source';
import { serializeExport } from '../src/core/io/export';
import { openStayStorage } from '../src/platform/storage/storage';
import '../src/ui/history/history-session';
import '../src/ui/history/stay-history';
import { syntheticExport, syntheticSessions } from './synthetic-history';

/** What the bench reports; times in ms, sizes in bytes. */
export interface HistoryResult {
  readonly sessions: number;
  readonly samples: number;
  readonly importMs: number;
  readonly usageBytes: number | null;
  readonly indexedDbBytes: number | null;
  readonly historyFirstRenderMs: number[];
  readonly sessionOpenMs: number[];
  readonly saveMs: number[];
  readonly appendMs: number[];
  readonly exportMs: number;
  /** Sessions in the export: every imported one plus the one saved here. */
  readonly exportedSessions: number;
  readonly exportBytes: number;
}

const RUNS = 10;

const nextFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => {
      resolve();
    });
  });

/** Frames until `found()` is true; the time from `start` to the frame it first is. */
async function timeUntil(start: number, view: Element, found: () => boolean): Promise<number> {
  for (let frames = 0; frames < 2000; frames++) {
    if (found()) return performance.now() - start;
    await nextFrame();
  }
  const shown = view.shadowRoot?.innerHTML.slice(0, 400) ?? '(nothing)';
  throw new Error(`<${view.localName}> never showed what it should: ${shown}`);
}

async function measureHistory(count: number): Promise<HistoryResult> {
  const { storage, settings } = await openStayStorage('stay-bench');
  await storage.vault.deleteAll();
  const data = syntheticExport(count);
  const samples = data.sessions.reduce((sum, s) => sum + (s.heart?.tS.length ?? 0), 0);
  let start = performance.now();
  await storage.vault.importAll(data);
  const importMs = performance.now() - start;
  const estimate = (await navigator.storage.estimate()) as StorageEstimate & {
    usageDetails?: { indexedDB?: number };
  };

  const player = new FakePlayer();
  const services = createServices({
    player,
    haptics: new FakeHaptics(() => 0),
    screen: new FakeScreen(),
    media: new FakeMedia(),
    settings,
    exporter: new FakeExporter(),
    files: new FakeFileSaver(),
    bluetoothStrap: new FakeHeartSource('bluetooth', () => performance.now()),
    simulatedStrap: new FakeHeartSource('simulated', () => performance.now()),
    storage,
  });
  const host = document.createElement('div');
  new ContextProvider(host, { context: servicesContext, initialValue: services });
  document.body.append(host);

  const historyFirstRenderMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    host.replaceChildren();
    await nextFrame();
    start = performance.now();
    const view = document.createElement('stay-history');
    host.append(view);
    historyFirstRenderMs.push(
      await timeUntil(
        start,
        view,
        () => (view.shadowRoot?.querySelectorAll('li a').length ?? 0) > 0,
      ),
    );
  }

  const newest = data.sessions[0]?.id ?? '';
  const sessionOpenMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    host.replaceChildren();
    await nextFrame();
    start = performance.now();
    const view = document.createElement('history-session');
    view.sessionId = newest;
    host.append(view);
    sessionOpenMs.push(
      await timeUntil(start, view, () => {
        const curve = view.shadowRoot?.querySelector('heart-curve');
        return (curve?.shadowRoot?.querySelector('svg polyline.curve') ?? null) !== null;
      }),
    );
  }

  // A ten-minute practice saved whole, and the 3-second appends the recorder makes while it runs.
  const [practice] = syntheticSessions(1, new Date('2026-11-27T08:00:00Z'));
  if (!practice?.heart) throw new Error('No practice to save.');
  const saveMs: number[] = [];
  const appendMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const record = { ...practice, id: `bench-save-${String(i)}` };
    start = performance.now();
    await storage.sessions.save(record, {
      samples: record.heart?.samples ?? [],
      rrMs: record.heart?.rrMs ?? [],
    });
    saveMs.push(performance.now() - start);
    const three = (record.heart?.samples ?? []).slice(0, 3);
    start = performance.now();
    await storage.sessions.save(record, { samples: three, rrMs: [800, 810, 820] });
    appendMs.push(performance.now() - start);
  }

  start = performance.now();
  const exported = await storage.vault.exportAll();
  const text = serializeExport(exported);
  const exportMs = performance.now() - start;
  host.remove();
  return {
    sessions: data.sessions.length,
    samples,
    importMs,
    usageBytes: estimate.usage ?? null,
    indexedDbBytes: estimate.usageDetails?.indexedDB ?? null,
    historyFirstRenderMs,
    sessionOpenMs,
    saveMs,
    appendMs,
    exportMs,
    exportedSessions: exported.sessions.length,
    exportBytes: new TextEncoder().encode(text).length,
  };
}

declare global {
  var measureHistory: (count: number) => Promise<HistoryResult>;
}
globalThis.measureHistory = measureHistory;
