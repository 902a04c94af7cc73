// A banner that was on the page with the partner's help inside it (the builder's
// fallback) before its file arrived late (after 1.5 s, when safety-widgets.js
// has shown the page's text after it): it draws in the fallback's place only
// where that moves nothing on screen.
// Each test defines a new tag for the banner's class after putting it on the
// page, as parts/widgets.js does when it arrives (an upgrade in place).
import { expect } from '@open-wc/testing';
import { HotlineBanner } from '../../src/components/hotline-banner/hotline-banner.js';
import { shared } from '../../src/i18n/registry.js';
import { nextFrame } from './helpers.js';

let count = 0;

/** The page: a banner (a new tag) with `inside` as its fallback, then text; the banner defined after a paint. */
async function upgrade(inside: string, before = '') {
  const tag = `test-banner-${++count}`;
  const page = document.createElement('div');
  page.innerHTML = `${before}<${tag} lang="en" name="Safe Futures 24-hour hotline" phone="860.763.4542" style="display: flow-root">${inside}</${tag}><p class="after">The page's own text.</p>`;
  document.body.append(page);
  await nextFrame();
  await nextFrame();
  const element = page.querySelector(tag) as HotlineBanner;
  const text = page.querySelector('.after') as HTMLElement;
  const box = element.getBoundingClientRect().height;
  const top = text.getBoundingClientRect().top;
  customElements.define(tag, class extends HotlineBanner {});
  await element.updateComplete;
  const shown = () => {
    const root = element.shadowRoot!;
    const drawn = root.querySelector('section') as HTMLElement;
    return { fallback: !!root.querySelector('slot'), drawn: getComputedStyle(drawn).display !== 'none' };
  };
  return { page, element, text, box, top, shown };
}

describe('drawn late, in the fallback’s place', () => {
  beforeEach(() => {
    shared.late = true;
  });
  afterEach(() => {
    shared.late = undefined;
    window.scrollTo(0, 0);
    document.querySelectorAll('body > div').forEach((page) => page.remove());
  });

  it('draws at once in a fallback at least as tall, and the text after it stays where it was', async () => {
    const { element, text, box, top, shown } = await upgrade('<div style="block-size: 85vh">Call 860.763.4542</div>');
    expect(shown()).to.deep.equal({ fallback: false, drawn: true });
    expect(element.getBoundingClientRect().height).to.be.closeTo(box, 1);
    expect(text.getBoundingClientRect().top).to.be.closeTo(top, 1);
  });

  // Above the view, only where the browser keeps the view in place as it grows (scroll anchoring: not WebKit,
  // where it waits until it is below the view).
  it('taller than its fallback with the text after it on screen: shows the fallback until it is out of view, then itself', async () => {
    const { element, text, box, top, shown } = await upgrade('<p style="margin: 0">Call 860.763.4542</p>', '<div style="block-size: 10px"></div>');
    expect(shown()).to.deep.equal({ fallback: true, drawn: false });
    expect(element.getBoundingClientRect().height).to.be.closeTo(box, 1);
    expect(text.getBoundingClientRect().top).to.be.closeTo(top, 1);
    // Scrolled on, past it (the page made long enough to scroll): it draws.
    const room = document.createElement('div');
    room.style.blockSize = '300vh';
    text.after(room);
    window.scrollTo(0, element.getBoundingClientRect().bottom + scrollY + innerHeight);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await nextFrame();
    if (!CSS.supports('overflow-anchor', 'auto')) {
      expect(shown(), 'no scroll anchoring: it waits above the view').to.deep.equal({ fallback: true, drawn: false });
      return;
    }
    expect(shown()).to.deep.equal({ fallback: false, drawn: true });
    expect(element.getBoundingClientRect().height).to.be.greaterThan(box + 10);
  });

  it('taller than its fallback, with the fallback already reaching past the bottom of the screen: draws at once', async () => {
    const { shown } = await upgrade('<p style="margin: 0; block-size: 60px">Call 860.763.4542</p>', '<div style="block-size: calc(100vh - 40px)"></div>');
    expect(shown()).to.deep.equal({ fallback: false, drawn: true });
  });

  it('with nothing inside: draws at once', async () => {
    const { shown } = await upgrade('');
    expect(shown()).to.deep.equal({ fallback: false, drawn: true });
  });

  it('not late (the text after it was held until it drew): draws at once, whatever was inside', async () => {
    shared.late = undefined;
    const { shown } = await upgrade('<p style="margin: 0">Call 860.763.4542</p>', '<div style="block-size: 10px"></div>');
    expect(shown()).to.deep.equal({ fallback: false, drawn: true });
  });
});
