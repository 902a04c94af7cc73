/**
 * `import 'safety-widgets/quick-exit.js'`: registers <quick-exit> only (no Lit,
 * no i18next). The site-wide exit and the loader are the classic script's
 * (`safety-widgets/safety-widgets.js`).
 */
import { QuickExit } from '../components/quick-exit/quick-exit.js';
import { define } from './define.js';

define('quick-exit', QuickExit);

export { QuickExit };
