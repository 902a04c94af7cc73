/**
 * Leaving the page: everything that happens between the activation and the
 * navigation, in one task, so the browser never paints the page again.
 * Shared by every <quick-exit> on the page: one activation navigates once.
 */

/** Swappable in component tests only: a real exit would navigate the test page away. */
export const navigation = {
  replace(url: string): void {
    location.replace(url);
  },
};

let leaving = false;
let undo: Array<() => void> = [];

function hidePage(): void {
  // CSSOM, not an injected <style>: a strict Content-Security-Policy allows it.
  const root = document.documentElement;
  const display = root.style.getPropertyValue('display');
  const priority = root.style.getPropertyPriority('display');
  root.style.setProperty('display', 'none', 'important');
  undo.push(() => root.style.setProperty('display', display, priority));

  const title = document.title;
  document.title = '';
  undo.push(() => (document.title = title));
}

function sendNoReferrer(): void {
  // location.replace() ignores rel="noreferrer": the document's policy decides.
  const meta = document.createElement('meta');
  meta.name = 'referrer';
  meta.content = 'no-referrer';
  (document.head ?? document.documentElement).append(meta);
  undo.push(() => meta.remove());
}

/** Back from the back/forward cache: make the page usable again. */
export function restorePage(): void {
  undo.reverse().forEach((step) => step());
  undo = [];
  leaving = false;
}

addEventListener('pageshow', (event) => {
  if (event.persisted) restorePage();
});

/** Hide, blank the title, drop the referrer, tell the page, then leave. */
export function leave(from: Element, destination: string): void {
  if (leaving) return;
  leaving = true;
  hidePage();
  sendNoReferrer();
  // A listener that throws is reported by the browser and does not stop the exit.
  from.dispatchEvent(new Event('quick-exit', { bubbles: true, composed: true }));
  navigation.replace(destination);
}
