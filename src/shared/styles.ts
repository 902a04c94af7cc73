import { unsafeCSS } from 'lit';
import { visuallyHiddenCss } from './visually-hidden.js';

/** Read by screen readers, not shown. */
export const visuallyHidden = unsafeCSS(visuallyHiddenCss);
