import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describe, it } from '../../testing/mocha';
import type { ConfirmRow } from './confirm-row';
import './confirm-row';
import { buttonNamed } from '../testing/provide';

async function row(busy = false, problem = '') {
  const answers: string[] = [];
  const element = await fixture<ConfirmRow>(
    html`<confirm-row
      .questionId=${'delete-text'}
      .question=${'Delete this from this device?'}
      .yes=${'Delete it'}
      .no=${'Keep it'}
      .busy=${busy}
      .problem=${problem}
      @confirm-yes=${() => answers.push('yes')}
      @confirm-no=${() => answers.push('no')}
    ></confirm-row>`,
  );
  return { element, answers };
}

describe('confirm-row', () => {
  it('asks its question, focused and naming the group, with yes first', async () => {
    const { element } = await row();
    const question = element.querySelector('#delete-text');
    expect(question?.textContent).to.equal('Delete this from this device?');
    expect(document.activeElement).to.equal(question);
    const group = element.querySelector('[role="group"]');
    expect(group?.getAttribute('aria-labelledby')).to.equal('delete-text');
    const names = [...element.querySelectorAll('button')].map((b) => b.textContent.trim());
    expect(names).to.deep.equal(['Delete it', 'Keep it']);
    expect(buttonNamed(element, 'Delete it').classList.contains('primary')).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('tells the page yes or no, by keyboard too', async () => {
    const { element, answers } = await row();
    buttonNamed(element, 'Keep it').focus();
    await sendKeys({ press: 'Enter' });
    buttonNamed(element, 'Delete it').click();
    expect(answers).to.deep.equal(['no', 'yes']);
  });

  it('holds both buttons while busy, and says why a yes failed', async () => {
    const { element, answers } = await row(true, 'That did not work. Try again.');
    expect(buttonNamed(element, 'Delete it').disabled).to.equal(true);
    expect(buttonNamed(element, 'Keep it').disabled).to.equal(true);
    buttonNamed(element, 'Delete it').click();
    expect(answers).to.deep.equal([]);
    expect(element.querySelector('[role="alert"]')?.textContent).to.equal(
      'That did not work. Try again.',
    );
  });
});
