const said = new Set<string>();

/** One clear console warning per distinct problem, however often the widget re-renders. */
export function warn(message: string): void {
  if (said.has(message)) return;
  said.add(message);
  console.warn(`safety-widgets: ${message}`);
}
