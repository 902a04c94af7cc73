const said = new Set<string>();
/** Distinct warnings kept in memory at most: a page with thousands of bad values stays small. */
export const MAX_WARNINGS = 100;

/** One clear console warning per distinct problem, however often the widget re-renders. */
export function warn(message: string): void {
  if (said.has(message) || said.size > MAX_WARNINGS) return;
  said.add(message);
  // (The last one said says that no more will be.)
  console.warn(`safety-widgets: ${said.size > MAX_WARNINGS ? 'too many problems on this page; no more warnings are shown.' : message}`);
}
