import { shared } from '../i18n/registry.js';
import { warn } from '../shared/warn.js';

/** Registers `element` as `tag` unless the page already has one by that name (one warning then). */
export function define(tag: string, element: CustomElementConstructor): void {
  // (On a server there is no registry, or only Lit's stand-in for one: nothing is defined there.)
  if (typeof document === 'undefined' || !globalThis.customElements) return;
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, element);
  else if (existing !== element) warn(`<${tag}> is already defined by another script; ours is not used.`);
}

// In a bundle, language files are imported, not fetched: say which one, once per language.
const told = new Set<string>();
shared.load ??= (code) => {
  if (told.has(code)) return;
  told.add(code);
  warn(`the page is in "${code}": add import 'safety-widgets/locales/${code}.js' to show the widgets in it. Until then they show English.`);
};
