/** The build the budgets measure unless told otherwise (dist/ at the repository root). */
export declare const DIST: URL;
/** Limit of the first download, gzip -9 bytes (25 KiB). */
export declare const FIRST_DOWNLOAD_LIMIT_BYTES: number;
/** Limit of everything the app ships, bytes (400 KiB). */
export declare const SHIPPED_LIMIT_BYTES: number;

/** The scripts and styles index.html loads before any tap. */
export interface FirstDownload {
  /** Sum of `files`, gzip -9 bytes. */
  readonly gzipBytes: number;
  /** index.html itself, gzip -9 (reported, not counted). */
  readonly htmlGzipBytes: number;
  /** Each referenced script or style (root-relative URL) → its gzip -9 bytes. */
  readonly files: Readonly<Record<string, number>>;
}

/** One file in dist/ and how it counts against the shipped budget. */
export interface ShippedFile {
  /** Root-relative URL path, e.g. `/assets/shell-abc.js`. */
  readonly path: string;
  /** `gzip`: text counted as its gzip -9 size; `raw`: already-compressed media counted as is. */
  readonly count: 'gzip' | 'raw';
  readonly rawBytes: number;
  /** What counts against the budget. */
  readonly bytes: number;
}

/** Everything the app ships. */
export interface Shipped {
  readonly bytes: number;
  /** Largest first. */
  readonly files: readonly ShippedFile[];
  /** Source maps and install screenshots: in dist/, not counted. */
  readonly excluded: readonly string[];
}

/** Paths of the scripts and styles `html` references (script src, modulepreload, stylesheet). */
export declare function referencedAssets(html: string): string[];
/** Measure the first download of the build in `dist` (a directory path or file: URL). */
export declare function firstDownload(dist?: URL | string): Promise<FirstDownload>;
/** Measure everything the build in `dist` ships. */
export declare function shipped(dist?: URL | string): Promise<Shipped>;
/** `bytes` as KiB with one decimal. */
export declare function kib(bytes: number): string;
/** A plain-text per-file table with the total against `limit`. */
export declare function budgetTable(
  title: string,
  rows: readonly { path: string; bytes: number; rawBytes?: number; count?: string }[],
  limit: number,
): string;
