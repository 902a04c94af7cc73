/**
 * The npm package's module entry: `import 'safety-widgets'` registers
 * <quick-exit>, <hotline-banner> and <signs-checklist> and exports their
 * classes. English and Spanish are built in; another language is one more
 * import: `import 'safety-widgets/locales/vi.js'`.
 */
export { QuickExit } from './quick-exit.js';
export { HotlineBanner } from './hotline-banner.js';
export { SignsChecklist } from './signs-checklist.js';
export { chooseLanguage, SHIPPED as languages, type LanguagePack } from '../i18n/registry.js';
