import { expect } from '@open-wc/testing';
import { describe, it } from '../../testing/mocha';
import { createFileSaver } from './file-saver';

describe('file saver', () => {
  it('downloads through a blob link where files cannot be shared', async () => {
    const clicked: { href: string; download: string }[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    };
    try {
      const nav = { maxTouchPoints: 0 } as Navigator;
      await createFileSaver(nav, document).save(new Blob(['hi']), 'stay.wav');
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.download).to.equal('stay.wav');
    expect(clicked[0]!.href).to.match(/^blob:/);
    expect(document.querySelector('a[download]')).to.equal(null);
  });

  it('hands the file to the share sheet on a touch device that can share it', async () => {
    const shared: File[][] = [];
    const nav = {
      maxTouchPoints: 5,
      canShare: () => true,
      share: (data: ShareData) => {
        shared.push(data.files ?? []);
        return Promise.resolve();
      },
    } as unknown as Navigator;
    await createFileSaver(nav, document).save(new Blob(['x'], { type: 'audio/wav' }), 'a.wav');
    expect(shared[0]?.[0]?.name).to.equal('a.wav');
  });
});
