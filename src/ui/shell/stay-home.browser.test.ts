import { expect, html } from '@open-wc/testing';
import { createFakeServices } from '../../app/testing/fake-services';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { describe, it } from '../../testing/mocha';
import type { NavigateEvent } from './routes';
import type { StayHome } from './stay-home';
import './stay-home';
import { fixtureWithServices, until } from '../testing/provide';

describe('stay-home', () => {
  it('one tap on Five breaths starts the practice and navigates to it', async () => {
    const fakes = createFakeServices();
    const home = await fixtureWithServices<StayHome>(fakes.services, html`<stay-home></stay-home>`);
    const paths: string[] = [];
    home.addEventListener('navigate', (e: NavigateEvent) => paths.push(e.path));

    const button = home.shadowRoot?.querySelector<HTMLButtonElement>('button.start');
    expect(button?.textContent).to.contain('Five breaths');
    button?.click();

    expect(fakes.player.calls).to.deep.equal(['start']);
    expect(fakes.player.plan?.practiceId).to.equal('five-breaths');
    expect(paths).to.deep.equal(['/practice/five-breaths']);
    const coach = fakes.services.launcher.current();
    await until(() => coach?.status === 'running');
    coach?.stop();
  });

  it('says once, gently, that Stay is not therapy and where urgent help is, with no number', async () => {
    const fakes = createFakeServices();
    const home = await fixtureWithServices<StayHome>(fakes.services, html`<stay-home></stay-home>`);
    const care = home.shadowRoot?.querySelector('.care')?.textContent ?? '';
    expect(care).to.contain('not therapy');
    expect(care).to.contain('contact your local emergency services now');
    expect(care, 'no phone number is invented').not.to.match(/\d/);
  });

  it('lists the other practices and the person’s own patterns as links', async () => {
    const fakes = createFakeServices({
      settings: {
        ...DEFAULT_SETTINGS,
        customPatterns: [
          {
            slug: 'evening',
            name: '<b>Evening</b>',
            pattern: { inhaleS: 4, topUpS: 0, holdInS: 0, exhaleS: 6, holdOutS: 0 },
            minutes: 3,
          },
        ],
      },
    });
    const home = await fixtureWithServices<StayHome>(fakes.services, html`<stay-home></stay-home>`);
    const links = [...(home.shadowRoot?.querySelectorAll('li a') ?? [])];
    const hrefs = links.map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('/practice/box');
    expect(hrefs).to.include('/practice/4-7-8');
    expect(hrefs).to.include('/practice/custom:evening');
    expect(hrefs).not.to.include('/practice/five-breaths');
    const custom = links.find((a) => a.getAttribute('href') === '/practice/custom:evening');
    expect(custom?.querySelector('b')).to.equal(null);
    expect(custom?.textContent).to.contain('<b>Evening</b>');
    await expect(home).to.be.accessible();
  });
});
