import { expect, html } from '@open-wc/testing';
import { createFakeServices } from '../../app/testing/fake-services';
import { describe, it } from '../../testing/mocha';
import type { StaySettings } from './stay-settings';
import './stay-settings';
import { buttonNamed, fixtureWithServices } from '../testing/provide';

async function openForm(page: StaySettings) {
  buttonNamed(page.shadowRoot as ShadowRoot, 'New pattern').click();
  await page.updateComplete;
  const form = page.shadowRoot?.querySelector('pattern-form');
  if (!form) throw new Error('no form');
  await form.updateComplete;
  const root = form.shadowRoot as ShadowRoot;
  const set = (id: string, value: string) => {
    const input = root.querySelector<HTMLInputElement>(`#${id}`);
    if (!input) throw new Error(`no #${id}`);
    input.value = value;
  };
  return { form, root, set };
}

describe('stay-settings', () => {
  it('a custom pattern with invalid seconds shows the error beside the field and saves nothing', async () => {
    const fakes = createFakeServices();
    const page = await fixtureWithServices<StaySettings>(
      fakes.services,
      html`<stay-settings></stay-settings>`,
    );
    const { form, root, set } = await openForm(page);
    set('name', 'Night');
    set('inhaleS', '0.5');
    set('exhaleS', '90');
    buttonNamed(root, 'Save pattern').click();
    await form.updateComplete;

    expect(root.querySelector('#inhaleS-error')?.textContent).to.equal(
      'Breathing in must last at least 1 second.',
    );
    expect(root.querySelector('#exhaleS-error')?.textContent).to.equal(
      'Breathing out must be between 0 and 60 seconds.',
    );
    expect(root.querySelector('#inhaleS')?.getAttribute('aria-describedby')).to.equal(
      'inhaleS-error',
    );
    expect(root.querySelector('#name-error')).to.equal(null);
    expect(fakes.settings.saves).to.equal(0);
    expect(fakes.settings.load().customPatterns).to.deep.equal([]);
  });

  it('an empty name is refused with the name rule', async () => {
    const fakes = createFakeServices();
    const page = await fixtureWithServices<StaySettings>(
      fakes.services,
      html`<stay-settings></stay-settings>`,
    );
    const { form, root, set } = await openForm(page);
    set('name', '   ');
    buttonNamed(root, 'Save pattern').click();
    await form.updateComplete;
    expect(root.querySelector('#name-error')?.textContent).to.equal(
      'Give the pattern a name of 1 to 40 characters.',
    );
    expect(fakes.settings.saves).to.equal(0);
  });

  it('a valid pattern is saved and listed, and can be deleted', async () => {
    const fakes = createFakeServices();
    const page = await fixtureWithServices<StaySettings>(
      fakes.services,
      html`<stay-settings></stay-settings>`,
    );
    const { root, set } = await openForm(page);
    set('name', 'Slow evening');
    set('inhaleS', '4');
    set('holdInS', '2');
    set('exhaleS', '8');
    set('holdOutS', '0');
    set('minutes', '6');
    buttonNamed(root, 'Save pattern').click();
    await page.updateComplete;

    expect(fakes.settings.load().customPatterns).to.deep.equal([
      {
        slug: 'slow-evening',
        name: 'Slow evening',
        pattern: { inhaleS: 4, topUpS: 0, holdInS: 2, exhaleS: 8, holdOutS: 0 },
        minutes: 6,
      },
    ]);
    const link = page.shadowRoot?.querySelector('li a');
    expect(link?.getAttribute('href')).to.equal('/practice/custom:slow-evening');
    expect(link?.textContent).to.equal('Slow evening');

    buttonNamed(page.shadowRoot as ShadowRoot, 'Delete Slow evening').click();
    await page.updateComplete;
    expect(fakes.settings.load().customPatterns).to.deep.equal([]);
  });

  it('editing a pattern keeps its address and changes its timing', async () => {
    const fakes = createFakeServices();
    const page = await fixtureWithServices<StaySettings>(
      fakes.services,
      html`<stay-settings></stay-settings>`,
    );
    const created = await openForm(page);
    created.set('name', 'Evening');
    buttonNamed(created.root, 'Save pattern').click();
    await page.updateComplete;

    buttonNamed(page.shadowRoot as ShadowRoot, 'Edit Evening').click();
    await page.updateComplete;
    const form = page.shadowRoot?.querySelector('pattern-form');
    await form?.updateComplete;
    const root = form?.shadowRoot as ShadowRoot;
    expect(root.querySelector<HTMLInputElement>('#name')?.value).to.equal('Evening');
    const name = root.querySelector<HTMLInputElement>('#name');
    const out = root.querySelector<HTMLInputElement>('#exhaleS');
    if (name) name.value = 'Late evening';
    if (out) out.value = '9';
    buttonNamed(root, 'Save changes').click();
    await page.updateComplete;

    const [saved, ...rest] = fakes.settings.load().customPatterns;
    expect(rest).to.have.length(0);
    expect(saved?.slug).to.equal('evening');
    expect(saved?.name).to.equal('Late evening');
    expect(saved?.pattern.exhaleS).to.equal(9);
  });

  it('saves toggles and volume, and says when the device cannot vibrate', async () => {
    const fakes = createFakeServices();
    Object.defineProperty(fakes.haptics, 'supported', { value: false });
    const page = await fixtureWithServices<StaySettings>(
      fakes.services,
      html`<stay-settings></stay-settings>`,
    );
    const root = page.shadowRoot as ShadowRoot;
    expect(root.querySelector('#no-vibration')?.textContent).to.contain('cannot vibrate');
    root.querySelector<HTMLInputElement>('#voice')?.click();
    const volume = root.querySelector<HTMLInputElement>('#volume');
    if (volume) volume.value = '30';
    volume?.dispatchEvent(new Event('change'));
    expect(fakes.settings.load().voice).to.equal(false);
    expect(fakes.settings.load().volume).to.equal(0.3);
    await page.updateComplete;
    await expect(page).to.be.accessible();
  });

  it("offers the device's voice, off until chosen and only while spoken guidance is on", async () => {
    const fakes = createFakeServices();
    const page = await fixtureWithServices<StaySettings>(
      fakes.services,
      html`<stay-settings></stay-settings>`,
    );
    const root = page.shadowRoot as ShadowRoot;
    const device = () => root.querySelector<HTMLInputElement>('#device-voice');
    expect(device()?.checked).to.equal(false);
    expect(root.querySelector('label[for="device-voice"]')?.textContent).to.equal(
      "Use this device's voice",
    );
    device()?.click();
    expect(fakes.settings.load().deviceVoice).to.equal(true);
    root.querySelector<HTMLInputElement>('#voice')?.click();
    await page.updateComplete;
    expect(device()?.disabled).to.equal(true);
    await expect(page).to.be.accessible();
  });

  it('saves a practice length within its range and refuses one outside it', async () => {
    const fakes = createFakeServices();
    const page = await fixtureWithServices<StaySettings>(
      fakes.services,
      html`<stay-settings></stay-settings>`,
    );
    const fields = page.shadowRoot?.querySelector('timing-fields');
    const root = fields?.shadowRoot as ShadowRoot;
    const length = root.querySelector<HTMLInputElement>('#length');
    if (!length || !fields) throw new Error('no length field');
    length.value = '7';
    length.dispatchEvent(new Event('change'));
    expect(fakes.settings.load().timings['five-breaths']).to.deep.equal({
      breaths: 7,
      pattern: { inhaleS: 4, exhaleS: 6 },
    });
    length.value = '40';
    length.dispatchEvent(new Event('change'));
    await fields.updateComplete;
    expect(root.querySelector('#length-error')?.textContent).to.equal(
      'Choose a whole number from 3 to 12.',
    );
    expect(fakes.settings.load().timings['five-breaths']?.breaths).to.equal(7);
  });
});
