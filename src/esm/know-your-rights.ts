/**
 * `import 'safety-widgets/know-your-rights.js'`: registers <know-your-rights> only.
 * English and Spanish are built in; another language is two imports:
 * `import 'safety-widgets/locales/vi.js'` (the hotline words every widget shares)
 * and `import 'safety-widgets/locales/rights-vi.js'` (this widget's own).
 */
import { KnowYourRights } from '../components/know-your-rights/know-your-rights.js';
import { shared } from '../i18n/registry.js';
import { warn } from '../shared/warn.js';
import { define } from './define.js';

// In a bundle, language files are imported, not fetched: say which one, once per language.
const told = new Set<string>();
shared.loadRights ??= (code) => {
  if (told.has(code)) return;
  told.add(code);
  warn(`the page is in "${code}": add import 'safety-widgets/locales/rights-${code}.js' to show <know-your-rights> in it. Until then it shows English.`);
};

define('know-your-rights', KnowYourRights);

export { KnowYourRights };
