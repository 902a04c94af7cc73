/**
 * The rest of the widgets (Lit, i18next, the English and Spanish strings):
 * <hotline-banner> and <signs-checklist>. Built to parts/widgets.js, which
 * safety-widgets.js loads only on pages that use them.
 *
 * Each widget is defined (and so drawn) in a task of its own, after the task
 * that reads this file: on a slow phone no one task is long enough to make a
 * tap or a key wait (Total Blocking Time).
 */
import { HotlineBanner } from './components/hotline-banner/hotline-banner.js';
import { SignsChecklist } from './components/signs-checklist/signs-checklist.js';

const elements: Record<string, CustomElementConstructor> = {
  'hotline-banner': HotlineBanner,
  'signs-checklist': SignsChecklist,
};

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

void (async () => {
  // Their stylesheets first, in a task of their own (Lit would build them as the first one draws).
  await nextTask();
  for (const element of [HotlineBanner, SignsChecklist]) {
    void element.observedAttributes; // Lit finalizes the class: its properties and styles
    for (const style of element.elementStyles) if ('styleSheet' in style) void style.styleSheet;
  }
  for (const [tag, element] of Object.entries(elements)) {
    await nextTask();
    if (customElements.get(tag)) {
      if (customElements.get(tag) !== element) console.warn(`safety-widgets: <${tag}> is already defined by another script; ours is not used.`);
    } else {
      customElements.define(tag, element);
    }
  }
})();
