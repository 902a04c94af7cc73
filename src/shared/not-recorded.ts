/**
 * What session-recording tools on the partner's page read as "do not record
 * this": rrweb's own class (behind PostHog, Sentry and others, each also with
 * its own), FullStory's, Hotjar's, Microsoft Clarity's and LogRocket's.
 *
 * Put on the box that holds everything a widget draws, inside its shadow root,
 * and on each checkbox of the checklist; never on the widget's own element,
 * which belongs to the page: a framework that renders it (React, Vue) would
 * report the added attributes as a hydration mismatch, and take the classes
 * away again whenever it sets `class`. Recorders that do not look inside
 * shadow roots see no content of the widgets at all.
 */
export const NOT_RECORDED = 'rr-block ph-no-capture sentry-block fs-exclude';

/** The attributes, for elements built without Lit. */
export function markNotRecorded(element: Element): void {
  element.classList.add(...NOT_RECORDED.split(' '));
  for (const name of ['data-hj-suppress', 'data-clarity-mask', 'data-private']) element.setAttribute(name, 'true');
}
