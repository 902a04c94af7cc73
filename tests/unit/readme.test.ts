// The README is what partners read: every attribute a widget reads must be in
// its table, and the table must not promise an attribute the widget ignores.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/widgets.js';
import '../../src/rights.js';

await Promise.all(['hotline-banner', 'signs-checklist', 'know-your-rights'].map((tag) => customElements.whenDefined(tag)));

/** The attribute names in the first column of the table under `## \`<tag>\``. */
async function documentedAttributes(tag: string): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  const start = readme.indexOf(`## \`<${tag}>\``);
  expect(start, `README has a section for <${tag}>`).to.be.at.least(0);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const header = section.indexOf('| Attribute |');
  expect(header, `the <${tag}> section has an attribute table`).to.be.at.least(0);
  const rows = section.slice(header).split('\n').slice(2);
  const table = rows.slice(0, rows.findIndex((row) => !row.startsWith('|')));
  return table.flatMap((row) => [...row.split('|')[1].matchAll(/`([a-z-]+)`/g)].map((m) => m[1]));
}

describe('README', () => {
  for (const tag of ['quick-exit', 'hotline-banner', 'signs-checklist', 'know-your-rights']) {
    it(`documents exactly the attributes <${tag}> reads`, async () => {
      const element = customElements.get(tag) as unknown as { observedAttributes: string[] };
      // `lang` is read from the element and its ancestors, not observed as a property.
      const read = [...element.observedAttributes, 'lang'].sort();
      expect((await documentedAttributes(tag)).sort()).to.deep.equal(read);
    });
  }
});
