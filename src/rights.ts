/**
 * <know-your-rights>, built to parts/rights.js, which safety-widgets.js loads
 * only on pages that have one. It carries its own Lit, i18next and hotline
 * rendering: a page with only a banner or a checklist downloads nothing more
 * than before, and parts/widgets.js does not grow (see CHANGELOG, "Know your
 * rights"). Its words in languages other than English and Spanish are
 * `locales/rights-<code>.js`, fetched by safety-widgets.js when needed.
 *
 * Defined in a task of its own after the task that reads this file, as the
 * other parts are (no long task on a slow phone).
 */
import { KnowYourRights } from './components/know-your-rights/know-your-rights.js';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

void (async () => {
  await nextTask();
  void KnowYourRights.observedAttributes; // Lit finalizes the class: its properties and styles
  for (const style of KnowYourRights.elementStyles) if ('styleSheet' in style) void style.styleSheet;
  await nextTask();
  const existing = customElements.get('know-your-rights');
  if (!existing) customElements.define('know-your-rights', KnowYourRights);
  else if (existing !== KnowYourRights) console.warn('safety-widgets: <know-your-rights> is already defined by another script; ours is not used.');
})();
