// What a fixed quick exit covers, read in the page (an expression for evaluate): used by
// tests/e2e/layouts.test.mjs and the WordPress themes' check (tests/wordpress).

/**
 * Read in the page, independently of how the exit chooses its spot: every control whose box
 * meets the exit button's box (leaving out what the page's own overlay already hides from a
 * person, and, once scrolled, what scrolls with the page), whether a tap on the button's middle
 * reaches it, and the room the page keeps above its content.
 */
export const measure = `(() => {
  const hosts = [...document.querySelectorAll('quick-exit, safety-quick-exit')];
  const button = hosts.map((h) => h.shadowRoot && h.shadowRoot.querySelector('.bar.top button, .bar.bottom button')).find((b) => b && b.getClientRects().length);
  if (!button) return null;
  const e = button.getBoundingClientRect();
  const stays = (el) => { for (; el; el = el.parentElement) { const p = getComputedStyle(el).position; if (p === 'fixed' || p === 'sticky') return true; } return false; };
  const scrolled = scrollY > 0;
  const covered = [];
  for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary, iframe')) {
    if (hosts.some((h) => h.contains(el)) || getComputedStyle(el).visibility !== 'visible') continue;
    if (scrolled && !stays(el)) continue;
    for (const r of el.getClientRects()) {
      if (!(r.width && r.height && r.right > e.left && r.left < e.right && r.bottom > e.top && r.top < e.bottom)) continue;
      const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
      const top = document.elementsFromPoint(x, y).find((hit) => !hosts.includes(hit));
      if (top && !el.contains(top) && !top.contains(el)) continue; // behind the page's own overlay
      covered.push((el.textContent.trim() || el.getAttribute('aria-label') || el.localName) + ' ' + [r.left, r.top, r.right, r.bottom].map(Math.round).join(','));
    }
  }
  const middle = document.elementFromPoint(e.left + e.width / 2, e.top + e.height / 2);
  return {
    covered,
    reachable: hosts.includes(middle),
    box: [e.left, e.top, e.right, e.bottom].map(Math.round),
    band: parseFloat(getComputedStyle(document.documentElement).paddingTop) || 0,
    width: innerWidth,
  };
})()`;

