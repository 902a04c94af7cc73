/**
 * The demo and the builder run the widgets from source, all in one bundle. The
 * banner, the checklist and know-your-rights are defined here, at once and before src/index.ts
 * runs: its loader then finds them defined and does not fetch parts/widgets.js
 * (or parts/rights.js) as well (on the built site that was a second copy of the widgets, and two
 * "already defined" warnings). Partners' pages load parts/widgets.js as before.
 */
import { HotlineBanner } from '../src/components/hotline-banner/hotline-banner.js';
import { SignsChecklist } from '../src/components/signs-checklist/signs-checklist.js';
import { KnowYourRights } from '../src/components/know-your-rights/know-your-rights.js';

for (const [tag, element] of [
  ['hotline-banner', HotlineBanner],
  ['signs-checklist', SignsChecklist],
  ['know-your-rights', KnowYourRights],
] as const) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
