/**
 * The document, read so that the page's own HTML cannot answer instead.
 *
 * `<img name="body">`, `<form name="head">` or `<img name="currentScript">`
 * replace `document.body`, `document.head`, `document.currentScript` (and any
 * other name on `document`) with that element; `<div id="SafetyWidgets">`
 * appears as `window.SafetyWidgets`. One line of injected HTML could then move
 * the site-wide exit into an image or point our loader elsewhere. These reads go
 * through the DOM's own getters and methods on the prototypes, which a named
 * element cannot shadow.
 */
const getter = (proto: object, name: string): (() => unknown) => {
  const get = Object.getOwnPropertyDescriptor(proto, name)?.get;
  return () => get?.call(document);
};
// (Read when used: on a server, where there is no Document, importing this does nothing.)
const D = (globalThis.Document?.prototype ?? {}) as Document;

export const body = getter(D, 'body') as () => HTMLElement | null;
export const head = getter(D, 'head') as () => HTMLHeadElement | null;
export const root = getter(D, 'documentElement') as () => HTMLElement;
export const readyState = getter(D, 'readyState') as () => DocumentReadyState;
export const currentScript = getter(D, 'currentScript') as () => HTMLOrSVGScriptElement | null;
export const scripts = (): HTMLScriptElement[] => [...(getter(D, 'scripts')() as HTMLCollectionOf<HTMLScriptElement>)];

const titleOf = Object.getOwnPropertyDescriptor(D, 'title');
export const title = (value?: string): string => {
  if (value !== undefined) titleOf?.set?.call(document, value);
  return titleOf?.get?.call(document) as string;
};

export const create = <K extends keyof HTMLElementTagNameMap>(tag: K | string): HTMLElementTagNameMap[K] =>
  D.createElement.call(document, tag) as HTMLElementTagNameMap[K];
export const query = <E extends Element = Element>(selector: string): E | null => D.querySelector.call(document, selector) as E | null;
export const queryAll = <E extends Element = Element>(selector: string): E[] => [...D.querySelectorAll.call(document, selector)] as E[];
export const elementsFromPoint = (x: number, y: number): Element[] => D.elementsFromPoint.call(document, x, y);
export const onDocument = (type: string, listener: EventListener, options?: AddEventListenerOptions): void =>
  EventTarget.prototype.addEventListener.call(document, type, listener, options);

/** A window property the page's script set, never an element with that id or name. */
export const ownGlobal = (name: string): unknown => Object.getOwnPropertyDescriptor(window, name)?.value;

/** An element's attribute and `src`, read through Element's own methods (a form's named inputs shadow its properties). */
export const attr = (element: Element, name: string): string | null => Element.prototype.getAttribute.call(element, name);
const srcOf = globalThis.HTMLScriptElement && Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src')?.get;
export const scriptSrc = (script: HTMLScriptElement): string => (srcOf?.call(script) as string) ?? '';
