/**
 * The one script partners paste. Registers every widget, guarded so that a
 * second copy of the script on the same page warns once and does nothing else.
 * The only global it leaves is `window.SafetyWidgets`.
 */
import { version } from '../package.json';
import { HotlineBanner } from './components/hotline-banner/hotline-banner.js';
import { QuickExit } from './components/quick-exit/quick-exit.js';
import { SignsChecklist } from './components/signs-checklist/signs-checklist.js';

declare global {
  interface Window {
    SafetyWidgets?: { readonly version: string; readonly elements: readonly string[] };
  }
}

const elements: Record<string, CustomElementConstructor> = {
  'quick-exit': QuickExit,
  'hotline-banner': HotlineBanner,
  'signs-checklist': SignsChecklist,
};

/** `<script src="…/safety-widgets.js" data-quick-exit="https://…">`: a quick exit on every page. */
function installSiteWideExit(script: HTMLOrSVGScriptElement | null): void {
  const href = script instanceof HTMLScriptElement ? script.dataset.quickExit : undefined;
  if (href === undefined) return;
  const add = () => {
    if (document.querySelector('quick-exit')) return;
    const exit = document.createElement('quick-exit');
    if (href.trim()) exit.setAttribute('href', href);
    document.body.prepend(exit);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', add, { once: true });
  else add();
}

if (window.SafetyWidgets) {
  console.warn('safety-widgets: this script is included more than once on the page; only the first copy is used.');
} else {
  for (const [tag, element] of Object.entries(elements)) {
    if (customElements.get(tag)) console.warn(`safety-widgets: <${tag}> is already defined by another script; ours is not used.`);
    else customElements.define(tag, element);
  }
  window.SafetyWidgets = Object.freeze({ version, elements: Object.freeze(Object.keys(elements)) });
  installSiteWideExit(document.currentScript);
}
