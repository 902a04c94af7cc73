/**
 * What session-recording tools on the partner's page read as "do not record
 * this": rrweb's own class (behind PostHog, Sentry and others, each also with
 * its own), FullStory's, Hotjar's, Microsoft Clarity's and LogRocket's.
 * Put on every widget, and on each checkbox of the checklist, since rrweb does
 * not see a blocked host from inside its shadow root.
 */
export const NOT_RECORDED = 'rr-block ph-no-capture sentry-block fs-exclude';

export function markNotRecorded(element: Element): void {
  element.classList.add(...NOT_RECORDED.split(' '));
  for (const name of ['data-hj-suppress', 'data-clarity-mask', 'data-private']) element.setAttribute(name, 'true');
}
