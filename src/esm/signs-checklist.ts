/** `import 'safety-widgets/signs-checklist.js'`: registers <signs-checklist> only. */
import { SignsChecklist } from '../components/signs-checklist/signs-checklist.js';
import { define } from './define.js';

define('signs-checklist', SignsChecklist);

export { SignsChecklist };
