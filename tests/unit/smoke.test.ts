import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/hotline-banner/hotline-banner.js';
import { HotlineBanner } from '../../src/components/hotline-banner/hotline-banner.js';
if (!customElements.get('hotline-banner')) customElements.define('hotline-banner', HotlineBanner);

describe('smoke', () => {
  it('renders', async () => {
    const el = await fixture(html`<hotline-banner></hotline-banner>`);
    expect(el.shadowRoot!.textContent).to.contain('National Human Trafficking Hotline');
    await expect(el).to.be.accessible();
  });
});
