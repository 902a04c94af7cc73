/** `es-MX` → `es`, when `es` is one of `available`; anything else → undefined. No i18next here: the quick exit uses it too. */
export function supportedIn<L extends string>(tag: string | null | undefined, available: readonly L[]): L | undefined {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (available as readonly string[]).includes(base) ? (base as L) : undefined;
}

/**
 * The widget's language: its own `lang`, else the closest ancestor's (crossing
 * shadow roots, up to <html>), else the browser's preferred languages, else English.
 * A `lang` that is present but unsupported means English, not the browser's choice:
 * the page said which language it is in.
 */
export function resolveLanguageIn<L extends string>(element: Element, available: readonly L[], fallback: L): L {
  for (let node: Element | null = element; node; ) {
    const tag = node.getAttribute('lang');
    if (tag) return supportedIn(tag, available) ?? fallback;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const lang = supportedIn(tag, available);
    if (lang) return lang;
  }
  return fallback;
}

/**
 * One observer for the whole page: any `lang` change (e.g. <html lang>) calls
 * `requestUpdate` on every element watching.
 */
export function languageWatcher() {
  const watching = new Set<{ requestUpdate(): void }>();
  let observer: MutationObserver | undefined;
  return {
    watch(element: { requestUpdate(): void }): void {
      watching.add(element);
      if (observer) return;
      observer = new MutationObserver(() => watching.forEach((el) => el.requestUpdate()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    },
    unwatch(element: { requestUpdate(): void }): void {
      watching.delete(element);
      if (watching.size) return;
      observer?.disconnect();
      observer = undefined;
    },
  };
}
