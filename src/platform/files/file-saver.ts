import type { FileSaver } from '../../app/ports/file-saver';

/** Milliseconds to keep a download's blob URL alive after the click. */
const REVOKE_AFTER_MS = 60_000;

/**
 * A FileSaver: the share sheet on touch devices that can share files, otherwise a download
 * through a temporary blob URL (revoked afterwards).
 */
export function createFileSaver(nav: Navigator = navigator, doc: Document = document): FileSaver {
  return {
    async save(blob, fileName) {
      const file = new File([blob], fileName, { type: blob.type });
      const touch = nav.maxTouchPoints > 0;
      if (touch && typeof nav.canShare === 'function' && nav.canShare({ files: [file] })) {
        try {
          await nav.share({ files: [file], title: fileName });
          return;
        } catch (error) {
          // The person closed the share sheet: that is their answer, not a failure.
          if (error instanceof DOMException && error.name === 'AbortError') return;
        }
      }
      download(doc, blob, fileName);
    },
  };
}

function download(doc: Document, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, REVOKE_AFTER_MS);
}
