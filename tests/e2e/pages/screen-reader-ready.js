// For the screen-reader test (tests/screen-reader/): once every widget on the page has drawn its text, in
// the page's language when that is not English, the title (and so the window's name) gains " (ready)".
// The test waits for that name before it presses a key. No request, nothing stored.
(() => {
  const arabic = /[\u0600-\u06ff]/;
  const wantArabic = document.documentElement.lang === 'ar';
  const drawn = () =>
    [...document.querySelectorAll('quick-exit, hotline-banner, signs-checklist, know-your-rights')].every((el) => {
      const text = el.shadowRoot?.textContent ?? '';
      return customElements.get(el.localName) && text.trim() && (!wantArabic || el.localName === 'quick-exit' || arabic.test(text));
    });
  const check = () => {
    if (!drawn()) return void setTimeout(check, 50);
    // Two frames more: the accessibility tree follows the drawing.
    requestAnimationFrame(() => requestAnimationFrame(() => (document.title += ' (ready)')));
  };
  check();
})();
