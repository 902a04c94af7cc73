/** `import 'safety-widgets/hotline-banner.js'`: registers <hotline-banner> only. */
import { HotlineBanner } from '../components/hotline-banner/hotline-banner.js';
import { define } from './define.js';

define('hotline-banner', HotlineBanner);

export { HotlineBanner };
