import { canonical, known, LANGUAGE_EVENT, shared } from './registry.js';
import { root } from '../shared/dom.js';

/** `es-MX` → `es`, `zh-TW` → `zh-Hant`: one of the languages the widgets know of, else undefined. */
export function supportedIn(tag: string | null | undefined): string | undefined {
  const code = canonical(tag);
  return code && known(code) ? code : undefined;
}

/**
 * The language a widget should speak: the one chosen from a language menu on
 * this page view, else its own `lang`, else the closest ancestor's (crossing
 * shadow roots, up to <html>), else the browser's preferred languages, else
 * English. A `lang` that is present but unknown means English, not the
 * browser's choice: the page said which language it is in.
 */
export function wantedLanguage(element: Element): string {
  if (shared.chosen) return shared.chosen;
  for (let node: Element | null = element; node; ) {
    const tag = node.getAttribute('lang');
    if (tag) return supportedIn(tag) ?? 'en';
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const lang = supportedIn(tag);
    if (lang) return lang;
  }
  return 'en';
}

/**
 * The language a widget shows now: the wanted one when its words are here
 * (`has`), else English while its file loads (the widgets re-render when it arrives).
 */
export function resolveLanguageIn(element: Element, has: (code: string) => boolean): string {
  const wanted = wantedLanguage(element);
  if (has(wanted)) return wanted;
  shared.load?.(wanted);
  return 'en';
}

/**
 * One observer for the whole page: any `lang` change (e.g. <html lang>), a
 * language file's arrival or a choice in a language menu calls `requestUpdate`
 * on every element watching.
 */
export function languageWatcher() {
  const watching = new Set<{ requestUpdate(): void }>();
  let observer: MutationObserver | undefined;
  const all = () => watching.forEach((el) => el.requestUpdate());
  // (No window on a server: nothing to hear there.)
  globalThis.addEventListener?.(LANGUAGE_EVENT, all);
  return {
    watch(element: { requestUpdate(): void }): void {
      watching.add(element);
      if (observer) return;
      observer = new MutationObserver(all);
      observer.observe(root(), { attributes: true, attributeFilter: ['lang'], subtree: true });
    },
    unwatch(element: { requestUpdate(): void }): void {
      watching.delete(element);
      if (watching.size) return;
      observer?.disconnect();
      observer = undefined;
    },
  };
}
