// Shared by the component tests: registers every widget as the built script
// does, swaps the quick exit's navigation for a recorder (a real one would
// take the test page away), and captures console warnings.
import '../../src/index.js';
import '../../src/widgets.js';
import { navigation, restorePage } from '../../src/components/quick-exit/exit.js';

// As on a page, the banner and the checklist are defined a few tasks after their file runs.
await Promise.all(['hotline-banner', 'signs-checklist'].map((tag) => customElements.whenDefined(tag)));

export const visits: string[] = [];
navigation.replace = (url: string) => {
  visits.push(url);
};

/** Long enough for an exit to reach its navigation (a frame, then the history step). */
export const settled = () => new Promise((resolve) => setTimeout(resolve, 150));

/** Undo an exit: the page shown again, as after Back from the back/forward cache. */
export function resetExit(): void {
  visits.length = 0;
  restorePage();
}

/** Records console.warn calls until `stop()`. */
export function watchWarnings() {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    stop: () => {
      console.warn = original;
    },
  };
}

/** Runs `run` with console warnings captured, restoring console.warn after. */
export async function withWarnings<T>(run: (messages: string[]) => Promise<T>): Promise<T> {
  const warnings = watchWarnings();
  try {
    return await run(warnings.messages);
  } finally {
    warnings.stop();
  }
}

/** The text a screen reader would get for a link or button: its visible and hidden text, minus aria-hidden parts. */
export function accessibleText(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label.replace(/\s+/g, ' ').trim();

  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (node instanceof Element && (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden'))) return '';
    // Generated text, part of the name in browsers (a hotline link's `.whose::before { content: attr(data-whose) }`).
    if (node instanceof Element && node.hasAttribute('data-whose') && getComputedStyle(node, '::before').content !== 'none') return node.getAttribute('data-whose')!;
    return [...node.childNodes].map(walk).join('');
  };
  return walk(element).replace(/\s+/g, ' ').trim();
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** A key as the browser delivers it: keydown then keyup, bubbling from the focused element. */
export function press(key: string, init: KeyboardEventInit = {}, target: EventTarget = document.activeElement ?? document.body) {
  const down = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init });
  target.dispatchEvent(down);
  target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true, cancelable: true, ...init }));
  return down;
}
