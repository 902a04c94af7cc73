import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { QuickExit } from '../../src/components/quick-exit/quick-exit.js';
import { STALLED_MS, navigation } from '../../src/components/quick-exit/exit.js';
import { accessibleText, nextFrame, press, resetExit, settled, visits, watchWarnings } from './helpers.js';

const button = (el: QuickExit) => el.shadowRoot!.querySelector('button')!;
const status = (el: QuickExit) => el.shadowRoot!.querySelector('[aria-live="polite"]')!;
const hidden = () => getComputedStyle(document.documentElement).display === 'none';

afterEach(() => resetExit());

describe('<quick-exit>', () => {
  it('is accessible in English and Spanish, in each placement', async () => {
    for (const lang of ['en', 'es']) {
      for (const placement of ['top', 'bottom', 'inline']) {
        const el = await fixture<QuickExit>(html`<quick-exit lang=${lang} placement=${placement}></quick-exit>`);
        await expect(el).to.be.accessible();
      }
    }
  });

  it('is a real button whose name is its visible text, described as a quick exit with its shortcut', async () => {
    const el = await fixture<QuickExit>(html`<quick-exit></quick-exit>`);
    const control = button(el);
    expect(control.localName).to.equal('button');
    // WCAG 2.5.3: voice control users say what they see ("click Exit this site").
    expect(accessibleText(control)).to.equal('Exit this site');
    const hint = el.shadowRoot!.getElementById(control.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.contain('Quick exit');
    expect(hint.textContent).to.contain('Shift key 3 times');
    el.setAttribute('shortcut', 'escape');
    await el.updateComplete;
    expect(hint.textContent).to.contain('Escape key twice');
    el.setAttribute('shortcut', 'none');
    await el.updateComplete;
    expect(hint.textContent).to.equal('Quick exit: leaves this site right away.');
  });

  it('speaks Spanish, and `label` replaces the visible text', async () => {
    const el = await fixture<QuickExit>(html`<quick-exit lang="es-MX"></quick-exit>`);
    expect(accessibleText(button(el))).to.equal('Salir de este sitio');
    expect(el.shadowRoot!.getElementById('hint')!.textContent).to.contain('Salida rápida');
    el.setAttribute('label', 'Leave now');
    await el.updateComplete;
    expect(accessibleText(button(el))).to.equal('Leave now');
  });

  it('its words carry the language they are in, on a page in another language', async () => {
    const el = await fixture<QuickExit>(html`<div lang="sw"><quick-exit></quick-exit></div>`);
    const exit = el.querySelector('quick-exit')!;
    expect(button(exit).closest('[lang]')!.getAttribute('lang')).to.equal('en');
  });

  it('on click: hides the page, blanks the title, drops the referrer, fires quick-exit in the same task; navigates a frame later', async () => {
    const el = await fixture<QuickExit>(html`<quick-exit href="https://example.org/weather"></quick-exit>`);
    document.title = 'Help after abuse';
    let seen: { hidden: boolean; buttonDrawn: boolean; title: string; referrer: string | null; visits: number } | undefined;
    el.addEventListener('quick-exit', () => {
      seen = {
        hidden: hidden(),
        buttonDrawn: button(el).getClientRects().length > 0,
        title: document.title,
        referrer: document.querySelector('meta[name="referrer"]')?.getAttribute('content') ?? null,
        visits: visits.length,
      };
    });
    button(el).click();
    // Everything but the navigation happened synchronously inside the click.
    // The tab label is a zero-width space: an empty title would show the address.
    expect(seen).to.deep.equal({ hidden: true, buttonDrawn: false, title: '\u200b', referrer: 'no-referrer', visits: 0 });
    expect(visits).to.deep.equal([]);
    // The navigation waits for the hidden page to reach the screen (WebKit paints nothing new once it starts).
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await settled();
    expect(visits).to.deep.equal(['https://example.org/weather']);
  });

  it("while leaving, the page's own beforeunload prompt does not run (set before or after the widget)", async () => {
    const calls: string[] = [];
    const early = (event: BeforeUnloadEvent) => {
      calls.push('listener');
      event.preventDefault();
    };
    addEventListener('beforeunload', early);
    window.onbeforeunload = () => {
      calls.push('onbeforeunload');
      return 'unsaved';
    };
    try {
      const el = await fixture<QuickExit>(html`<quick-exit></quick-exit>`);
      const late = () => calls.push('late listener');
      addEventListener('beforeunload', late);
      // Not leaving: the page's prompt is the page's business.
      window.dispatchEvent(new Event('beforeunload', { cancelable: true }));
      expect(calls).to.deep.equal(['listener', 'onbeforeunload', 'late listener']);
      calls.length = 0;
      button(el).click();
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      expect(calls).to.deep.equal([]);
      expect(event.defaultPrevented).to.equal(false);
      removeEventListener('beforeunload', late);
    } finally {
      resetExit(); // puts the page's own handler back, so it can be taken away
      removeEventListener('beforeunload', early);
      window.onbeforeunload = null;
    }
  });

  it('an exit that has not left after 3 s covers the page with a blank screen and a working exit button; the shortcut works again', async function () {
    this.timeout(10000);
    const el = await fixture<QuickExit>(html`<quick-exit href="https://example.org/away"></quick-exit>`);
    const page = document.createElement('p');
    page.textContent = 'Something private';
    document.body.append(page);
    try {
      button(el).click();
      await settled();
      expect(visits).to.have.length(1); // the navigation was asked for, and nothing came of it (a 204, a stopped load)
      button(el).click(); // pressing again while it is still leaving asks again, at once
      expect(visits).to.have.length(2);
      visits.length = 1;
      await new Promise((resolve) => setTimeout(resolve, STALLED_MS));
      await nextFrame();
      const cover = document.documentElement.querySelector<HTMLElement>(':scope > [data-quick-exit-cover]')!;
      expect(cover, 'a cover').to.exist;
      const again = cover.querySelector('quick-exit')!;
      await again.updateComplete;
      expect(accessibleText(button(again))).to.equal('Exit this site');
      const box = button(again).getBoundingClientRect();
      expect(box.width).to.be.greaterThan(40);
      expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.localName).to.equal('quick-exit');
      // Nothing of the page shows: not the text, not the first exit button.
      expect(getComputedStyle(page).visibility).to.equal('hidden');
      const pageBox = page.getBoundingClientRect();
      expect(document.elementFromPoint(pageBox.left + 2, pageBox.top + 2)).to.equal(cover);
      button(again).click();
      await settled();
      expect(visits).to.deep.equal(['https://example.org/away', 'https://example.org/away']);
      for (let i = 0; i < 3; i++) press('Shift');
      expect(visits).to.have.length(3); // every press acts at once
      await new Promise((resolve) => setTimeout(resolve, STALLED_MS));
      for (let i = 0; i < 3; i++) press('Shift');
      expect(visits).to.have.length(4);
    } finally {
      page.remove();
    }
  });

  it("steps back over the entries this page added to history (routes, # links) before replacing it", async () => {
    const start = location.href;
    await fixture<QuickExit>(html`<quick-exit href="https://example.org/away"></quick-exit>`);
    history.pushState({ route: 1 }, '', '#route-1');
    history.pushState({ route: 2 }, '', '#route-2');
    location.hash = 'section-3';
    await new Promise((resolve) => setTimeout(resolve, 50));
    const at: string[] = [];
    const { replace } = navigation;
    navigation.replace = (url) => {
      at.push(location.href);
      replace(url);
    };
    try {
      for (let i = 0; i < 3; i++) press('Shift');
      for (let i = 0; i < 20 && !visits.length; i++) await settled();
      expect(visits).to.deep.equal(['https://example.org/away']);
      // The page's first entry is the one replaced: Back from the destination skips every route.
      expect(at).to.deep.equal([start]);
    } finally {
      navigation.replace = replace;
      history.replaceState(null, '', start);
    }
  });

  it('fires a quick-exit event that bubbles out of shadow roots and carries nothing', async () => {
    const el = await fixture<QuickExit>(html`<quick-exit></quick-exit>`);
    setTimeout(() => button(el).click());
    const event = await oneEvent(document, 'quick-exit');
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.constructor).to.equal(Event);
    expect((event as CustomEvent).detail).to.equal(undefined);
  });

  it('restored from the back/forward cache after an exit, stays hidden and leaves again', async () => {
    const el = await fixture<QuickExit>(html`<quick-exit href="https://example.org/weather"></quick-exit>`);
    document.title = 'Help after abuse';
    button(el).click();
    await settled();
    expect(visits).to.deep.equal(['https://example.org/weather']);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(hidden()).to.equal(true);
    expect(document.title).not.to.equal('Help after abuse');
    await settled();
    expect(visits).to.deep.equal(['https://example.org/weather', 'https://example.org/weather']);
  });

  it('a page restored from the back/forward cache without an exit is left alone', async () => {
    await fixture<QuickExit>(html`<quick-exit href="https://example.org/weather"></quick-exit>`);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await settled();
    expect(hidden()).to.equal(false);
    expect(visits).to.deep.equal([]);
  });

  it('Enter and Space on the focused button exit', async () => {
    for (const key of ['Enter', ' ']) {
      const el = await fixture<QuickExit>(html`<quick-exit placement="inline"></quick-exit>`);
      button(el).focus();
      await sendKeys({ press: key });
      await settled();
      expect(visits, JSON.stringify(key)).to.deep.equal(['https://www.google.com/']);
      resetExit();
    }
  });

  describe('href', () => {
    it('defaults to https://www.google.com/', async () => {
      const el = await fixture<QuickExit>(html`<quick-exit></quick-exit>`);
      button(el).click();
      await settled();
      expect(visits).to.deep.equal(['https://www.google.com/']);
    });

    for (const [typed, read] of [
      ['www.example.org', 'https://www.example.org/'],
      ['weather.example.com/today', 'https://weather.example.com/today'],
    ]) {
      it(`reads the bare host name ${typed} as https://, with one warning`, async () => {
        const warnings = watchWarnings();
        try {
          const el = await fixture<QuickExit>(html`<quick-exit href=${typed}></quick-exit>`);
          button(el).click();
          await settled();
          expect(visits).to.deep.equal([read]);
          expect(warnings.messages.filter((m) => m.includes(typed))).to.have.length(1);
        } finally {
          warnings.stop();
        }
      });
    }

    for (const own of ['/weather?city=x', 'about.html', 'help/page', `${location.origin}/news`, '#top']) {
      it(`refuses ${own.replace(location.origin, 'an address on this site:')} (no exit), with one warning, and uses the default`, async () => {
        const warnings = watchWarnings();
        try {
          const el = await fixture<QuickExit>(html`<quick-exit href=${own}></quick-exit>`);
          button(el).click();
          await settled();
          expect(visits).to.deep.equal(['https://www.google.com/']);
          expect(warnings.messages.filter((m) => m.includes(own) && m.includes('this site'))).to.have.length(1);
        } finally {
          warnings.stop();
        }
      });
    }

    for (const bad of ['javascript:alert(1)', 'data:text/html,hello', 'http://[::1', 'mailto:a@b.c']) {
      it(`ignores ${bad} with one warning and uses the default`, async () => {
        const warnings = watchWarnings();
        try {
          const el = await fixture<QuickExit>(html`<quick-exit href=${bad}></quick-exit>`);
          el.requestUpdate();
          await el.updateComplete;
          button(el).click();
          await settled();
          expect(visits).to.deep.equal(['https://www.google.com/']);
          expect(warnings.messages.filter((m) => m.includes(bad))).to.have.length(1);
        } finally {
          warnings.stop();
        }
      });
    }

    it("without href, uses the partner's fallback link inside the element (and does not render it)", async () => {
      const el = await fixture<QuickExit>(
        html`<quick-exit><a href="https://example.org/news" rel="noreferrer">Exit this site</a></quick-exit>`,
      );
      expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
      button(el).click();
      await settled();
      expect(visits).to.deep.equal(['https://example.org/news']);
    });
  });

  describe('shortcut="shift" (default)', () => {
    const shift = (code = 'ShiftLeft', target?: EventTarget) => press('Shift', { code }, target);

    it('exits on the third Shift', async () => {
      await fixture(html`<quick-exit></quick-exit>`);
      shift();
      shift();
      await settled();
      expect(visits).to.have.length(0);
      shift();
      await settled();
      expect(visits).to.deep.equal(['https://www.google.com/']);
    });

    it('counts left and right Shift alike, alternating', async () => {
      await fixture(html`<quick-exit></quick-exit>`);
      shift('ShiftLeft');
      shift('ShiftRight');
      shift('ShiftLeft');
      await settled();
      expect(visits).to.have.length(1);
    });

    it('works while typing in a text field', async () => {
      await fixture(html`<div><input aria-label="Message" /><quick-exit></quick-exit></div>`);
      const input = document.querySelector('input')!;
      input.focus();
      for (let i = 0; i < 3; i++) shift('ShiftLeft', input);
      await settled();
      expect(visits).to.have.length(1);
    });

    it('Shift held for a capital letter does not count and resets the count', async () => {
      await fixture(html`<quick-exit></quick-exit>`);
      shift();
      shift();
      // Shift+A: Shift goes down, A goes down and up with shiftKey, then Shift comes up.
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
      press('A', { shiftKey: true });
      document.body.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
      shift();
      shift();
      await settled();
      expect(visits).to.have.length(0);
      shift();
      await settled();
      expect(visits).to.have.length(1);
    });

    it('Shift+A three times does not exit', async () => {
      await fixture(html`<quick-exit></quick-exit>`);
      for (let i = 0; i < 3; i++) {
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
        press('A', { shiftKey: true });
        document.body.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
      }
      await settled();
      expect(visits).to.have.length(0);
    });

    it('presses more than 5 seconds apart start over', async () => {
      await fixture(html`<quick-exit></quick-exit>`);
      const realNow = performance.now.bind(performance);
      let offset = 0;
      performance.now = () => realNow() + offset;
      try {
        shift();
        shift();
        offset += 5100;
        shift();
        await settled();
        expect(visits).to.have.length(0);
        shift();
        await settled();
        expect(visits).to.have.length(0);
        shift();
        await settled();
        expect(visits).to.have.length(1);
      } finally {
        performance.now = realNow;
      }
    });

    it('announces progress in a polite live region that exists from the first render', async () => {
      const el = await fixture<QuickExit>(html`<quick-exit></quick-exit>`);
      expect(status(el).textContent!.trim()).to.equal('');
      expect(status(el).getAttribute('aria-live')).to.equal('polite');
      shift();
      await el.updateComplete;
      expect(status(el).textContent).to.contain('Press Shift 2 more times to exit.');
      shift();
      await el.updateComplete;
      expect(status(el).textContent).to.contain('Press Shift 1 more time to exit.');
    });

    it('announces in Spanish', async () => {
      const el = await fixture<QuickExit>(html`<quick-exit lang="es"></quick-exit>`);
      shift();
      await el.updateComplete;
      expect(status(el).textContent).to.contain('Presione Mayús 2 veces más para salir.');
    });

    it('with real key presses from the browser', async () => {
      await fixture(html`<div><input aria-label="Message" /><quick-exit></quick-exit></div>`);
      document.querySelector('input')!.focus();
      await sendKeys({ type: 'Hi' });
      await settled();
      expect(visits).to.have.length(0);
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      await settled();
      expect(visits).to.have.length(1);
    });

    it("still works while the page's modal dialog is open (the button is then out of reach)", async () => {
      await fixture(html`<div><dialog><input aria-label="Email" /></dialog><quick-exit></quick-exit></div>`);
      const dialog = document.querySelector('dialog')!;
      dialog.showModal();
      try {
        document.querySelector('input')!.focus();
        for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
        await settled();
        expect(visits).to.have.length(1);
      } finally {
        dialog.close();
      }
    });
  });

  describe('shortcut="escape"', () => {
    it('exits on Escape twice within a second', async () => {
      await fixture(html`<quick-exit shortcut="escape"></quick-exit>`);
      press('Escape');
      await settled();
      expect(visits).to.have.length(0);
      press('Escape');
      await settled();
      expect(visits).to.have.length(1);
    });

    it('ignores three Shifts', async () => {
      await fixture(html`<quick-exit shortcut="escape"></quick-exit>`);
      for (let i = 0; i < 3; i++) press('Shift');
      await settled();
      expect(visits).to.have.length(0);
    });

    it('does not count an Escape the page already handled', async () => {
      await fixture(html`<quick-exit shortcut="escape"></quick-exit>`);
      const handle = (event: KeyboardEvent) => event.preventDefault();
      document.addEventListener('keydown', handle);
      press('Escape');
      press('Escape');
      document.removeEventListener('keydown', handle);
      await settled();
      expect(visits).to.have.length(0);
    });

    it('does not count Escape while a modal dialog is open', async () => {
      await fixture(html`<div><dialog><p>Terms</p></dialog><quick-exit shortcut="escape"></quick-exit></div>`);
      const dialog = document.querySelector('dialog')!;
      dialog.showModal();
      // Stop the browser closing it, so the dialog stays open for both presses.
      dialog.addEventListener('cancel', (event) => event.preventDefault());
      press('Escape', {}, document.body);
      press('Escape', {}, document.body);
      dialog.close();
      await settled();
      expect(visits).to.have.length(0);
    });

    it('presses more than a second apart do not exit', async () => {
      await fixture(html`<quick-exit shortcut="escape"></quick-exit>`);
      const realNow = performance.now.bind(performance);
      let offset = 0;
      performance.now = () => realNow() + offset;
      try {
        press('Escape');
        offset += 1100;
        press('Escape');
        await settled();
        expect(visits).to.have.length(0);
      } finally {
        performance.now = realNow;
      }
    });
  });

  it('shortcut="none": the keyboard does nothing, the button still works', async () => {
    const el = await fixture<QuickExit>(html`<quick-exit shortcut="none"></quick-exit>`);
    for (let i = 0; i < 3; i++) press('Shift');
    press('Escape');
    press('Escape');
    await settled();
    expect(visits).to.have.length(0);
    button(el).click();
    await settled();
    expect(visits).to.have.length(1);
  });

  it('an unknown shortcut warns once and falls back to shift', async () => {
    const warnings = watchWarnings();
    try {
      await fixture(html`<quick-exit shortcut="ctrl+q"></quick-exit>`);
      for (let i = 0; i < 3; i++) press('Shift');
      await settled();
      expect(visits).to.have.length(1);
      expect(warnings.messages.filter((m) => m.includes('ctrl+q'))).to.have.length(1);
    } finally {
      warnings.stop();
    }
  });

  it('two on one page: one keyboard listener, one navigation, to the first one’s destination', async () => {
    const two = await fixture(html`<div>
      <quick-exit href="https://example.org/first"></quick-exit>
      <quick-exit placement="inline" href="https://example.org/second"></quick-exit>
    </div>`);
    const [first, second] = [...two.querySelectorAll('quick-exit')];
    for (let i = 0; i < 3; i++) press('Shift');
    button(first).click();
    button(second).click();
    await settled();
    expect(visits).to.deep.equal(['https://example.org/first']);
  });

  describe('placement', () => {
    it('top: fixed at the top, with scroll padding on the document', async () => {
      const el = await fixture<QuickExit>(html`<quick-exit></quick-exit>`);
      // Measured in the frame that first paints the button, before it is painted.
      await nextFrame();
      const bar = button(el).parentElement!;
      expect(getComputedStyle(bar).position).to.equal('fixed');
      expect(button(el).getBoundingClientRect().top).to.be.lessThan(20);
      expect(document.documentElement.style.getPropertyValue('scroll-padding-block-start')).to.not.equal('');
      el.remove();
      expect(document.documentElement.style.getPropertyValue('scroll-padding-block-start')).to.equal('');
    });

    it('bottom: fixed at the bottom', async () => {
      const el = await fixture<QuickExit>(html`<quick-exit placement="bottom"></quick-exit>`);
      expect(getComputedStyle(button(el).parentElement!).position).to.equal('fixed');
      expect(innerHeight - button(el).getBoundingClientRect().bottom).to.be.lessThan(20);
    });

    it("top, first on the page: the button covers none of the page's first line", async () => {
      for (const words of ['First line', 'A first line long enough to fill the whole width of the page, from one side of it to the other side, twice over.']) {
        const page = await fixture(html`<div><quick-exit></quick-exit><p id="first" style="margin: 0">${words}</p></div>`);
        await nextFrame(); // the spot (and any room) is chosen in the frame that first shows the button
        await nextFrame();
        window.scrollTo(0, 0);
        const bar = button(page.querySelector('quick-exit')!).getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(page.querySelector('#first')!);
        for (const line of range.getClientRects()) {
          const meets = line.right > bar.left && line.left < bar.right && line.bottom > bar.top && line.top < bar.bottom;
          expect(meets, `${words.length} characters: line ${JSON.stringify(line)}, button ${JSON.stringify(bar)}`).to.equal(false);
        }
      }
    });

    it("bottom, last on the page: scrolled to the end, the page's last line is above the button", async () => {
      const page = await fixture(html`<div>
        <div style="height: 3000px"></div>
        <p id="last" style="margin: 0">Last line</p>
        <quick-exit placement="bottom"></quick-exit>
      </div>`);
      await nextFrame();
      window.scrollTo(0, document.documentElement.scrollHeight);
      await nextFrame();
      const bar = button(page.querySelector('quick-exit')!).getBoundingClientRect();
      expect(page.querySelector('#last')!.getBoundingClientRect().bottom).to.be.at.most(bar.top);
      window.scrollTo(0, 0);
    });

    /** The tag name of the element a tap at the middle of the button reaches. */
    const tapped = (el: QuickExit) => {
      const box = button(el).getBoundingClientRect();
      return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.localName;
    };

    it("top, placed in the content (not first): the page's header controls above it are not covered", async () => {
      for (const width of [390, 700]) {
        const page = await fixture(html`<div style="inline-size: ${width}px">
          <header style="display: flex; justify-content: space-between; margin: 0">
            <a href="#home">Home</a><button id="menu" type="button">Menu</button>
          </header>
          <main><p>Text</p><quick-exit></quick-exit><p>More text</p></main>
        </div>`);
        window.scrollTo(0, 0);
        await nextFrame();
        for (const id of ['#menu']) {
          const box = page.querySelector(id)!.getBoundingClientRect();
          expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.id, `${id} at ${width}px`).to.equal('menu');
        }
      }
    });

    it("with WordPress's admin bar showing, sits below it", async () => {
      const page = await fixture(html`<div>
        <div id="wpadminbar" style="position: fixed; inset-block-start: 0; inset-inline: 0; block-size: 32px; background: #1d2327"></div>
        <quick-exit></quick-exit>
      </div>`);
      await nextFrame();
      const exit = page.querySelector('quick-exit')!;
      expect(button(exit).getBoundingClientRect().top).to.be.at.least(32);
      expect(tapped(exit)).to.equal('quick-exit');
    });


    it("stays at the top of the screen inside a theme's transformed or contained box", async () => {
      for (const box of ['transform: translateZ(0)', 'contain: paint', 'filter: opacity(1)', 'container-type: inline-size']) {
        const page = await fixture(html`<div style="${box}; height: 3000px; overflow: hidden">
          <quick-exit></quick-exit>
        </div>`);
        window.scrollTo(0, 1500);
        await nextFrame();
        const exit = page.querySelector('quick-exit')!;
        expect(button(exit).getBoundingClientRect().top, box).to.be.within(-1, 20);
        expect(tapped(exit), box).to.equal('quick-exit');
        window.scrollTo(0, 0);
      }
    });

    /** A quick exit, then a page overlay (a cookie banner) over the whole screen at the highest z-index. */
    const underOverlay = async (placement: string) => {
      const page = await fixture(html`<div>
        <quick-exit placement=${placement}></quick-exit>
        <div style="position: fixed; inset: 0; z-index: 2147483647; background: white">Cookie banner</div>
      </div>`);
      return { page, exit: page.querySelector('quick-exit')! };
    };

    it("is above the page's own overlays, whatever their z-index", async () => {
      const { exit } = await underOverlay('top');
      expect(tapped(exit)).to.equal('quick-exit');
      // …and only there: the rest of the page still gets its taps.
      expect(document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.textContent).to.equal('Cookie banner');
    });

    it('stays above the overlays when moved, and follows a change of placement', async () => {
      const { page, exit } = await underOverlay('inline');
      expect(tapped(exit)).to.equal('div');
      exit.setAttribute('placement', 'top');
      await exit.updateComplete;
      expect(tapped(exit)).to.equal('quick-exit');
      page.append(exit); // moved: taken out of the page and put back
      await exit.updateComplete;
      expect(tapped(exit)).to.equal('quick-exit');
      exit.setAttribute('placement', 'inline');
      await exit.updateComplete;
      expect(getComputedStyle(button(exit).parentElement!).position).to.equal('static');
      expect(tapped(exit)).to.equal('div');
    });

    it('the hidden attribute hides it', async () => {
      const el = await fixture<QuickExit>(html`<quick-exit hidden></quick-exit>`);
      expect(button(el).getClientRects().length).to.equal(0);
    });

    it('inline: where it stands in the page', async () => {
      const el = await fixture<QuickExit>(html`<quick-exit placement="inline"></quick-exit>`);
      expect(getComputedStyle(button(el).parentElement!).position).to.equal('static');
    });

    it('a wrong placement warns once and uses top', async () => {
      const warnings = watchWarnings();
      try {
        const el = await fixture<QuickExit>(html`<quick-exit placement="sideways"></quick-exit>`);
        expect(getComputedStyle(button(el).parentElement!).position).to.equal('fixed');
        expect(warnings.messages.filter((m) => m.includes('sideways'))).to.have.length(1);
      } finally {
        warnings.stop();
      }
    });

    it('the button is at least 44 by 44 CSS pixels', async () => {
      const el = await fixture<QuickExit>(html`<quick-exit placement="inline" label="X"></quick-exit>`);
      const box = button(el).getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
    });

    it('a focused element is scrolled into view clear of the top button', async () => {
      const page = await fixture(html`<div>
        <quick-exit></quick-exit>
        <div style="height: 2000px"></div>
        <a id="target" href="#x">Target</a>
        <div style="height: 4000px"></div>
      </div>`);
      await nextFrame(); // as a person: nothing can be focused before the first frame shows
      const target = page.querySelector<HTMLElement>('#target')!;
      const exit = page.querySelector('quick-exit')!;
      // The link is above the viewport; focusing it (as Shift+Tab would) scrolls it to the top edge.
      window.scrollTo(0, target.offsetTop + 1000);
      target.focus();
      await nextFrame();
      const bar = button(exit).getBoundingClientRect();
      const box = target.getBoundingClientRect();
      expect(box.top, 'link top').to.be.at.least(bar.bottom);
      window.scrollTo(0, 0);
    });
  });
});
