// `cem analyze` (npm run build): custom-elements.json from the components' JSDoc
// (@tag, @attr, @csspart, @cssprop, @slot, @fires). Without the Lit plugin on
// purpose: each widget documents exactly the attributes a partner may set, as
// @attr {values} [name=default] - what it does; internal state stays out.
//
// The JSDoc's values and defaults are written for partners ("`top`, `bottom`,
// `inline`", "the page's language"). The manifest must carry TypeScript types and
// JavaScript values (tools read it: editors, the framework types below), so
// `houseTypes` turns each into a type and a value, and keeps the partner's words
// in `x-values` and `x-default` for README's tables (scripts/docs.mjs). Module
// paths point at the shipped files (dist/esm), not the sources.
//
// From the manifest, maintained generators (break-stuff's cem-tools) write the
// element types for React 19 / Preact JSX, Vue, Svelte and Solid into
// dist/types/frameworks/; each has a small entry (scripts/framework-types.mjs)
// that adds them to the framework's list of elements.
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementSolidJsPlugin } from 'custom-element-solidjs-integration';

/** `a`, `b`, `c` (only backticked words, separated by commas or "or") → 'a' | 'b' | 'c'. */
function typeOf(values) {
  const text = (values ?? '').trim();
  if (text === '(no value)') return 'boolean';
  const range = /^`(\d+)` to `(\d+)`$/.exec(text);
  if (range) {
    const numbers = [];
    for (let n = Number(range[1]); n <= Number(range[2]); n++) numbers.push(`'${n}'`);
    return numbers.join(' | ');
  }
  const words = text.split(/\s*(?:,|\bor\b)\s*/);
  if (words.length > 1 && words.every((word) => /^`[^`]+`$/.test(word))) return words.map((word) => `'${word.slice(1, -1)}'`).join(' | ');
  return 'string';
}

/** `top` → "'top'", "Local hotline" → "'Local hotline'", off → 'false'; prose → undefined. */
function valueOf(text, type) {
  if (text === undefined) return undefined;
  if (type === 'boolean') return text === 'off' ? 'false' : undefined;
  const code = /^`([^`]*)`$/.exec(text);
  if (code) return `'${code[1]}'`;
  const quoted = /^"([^"]*)"$/.exec(text);
  if (quoted) return `'${quoted[1].replace(/'/g, "\\'")}'`;
  return undefined;
}

const shipped = (path) => path?.replace(/^\/?src\//, 'dist/esm/').replace(/\.ts$/, '.js');

const houseTypes = () => ({
  name: 'safety-widgets-house-types',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      mod.path = shipped(mod.path);
      for (const exported of mod.exports ?? []) if (exported.declaration?.module) exported.declaration.module = shipped(exported.declaration.module);
      for (const declaration of mod.declarations ?? []) {
        if (declaration.superclass?.module) declaration.superclass.module = shipped(declaration.superclass.module);
        // The public API of an element is its attributes (documented with @attr) and its documented
        // methods; its fields are internal (or the attributes again, which the framework types would
        // then list twice), and a member the analyzer could not name says nothing to a reader.
        if (declaration.members) {
          declaration.members = declaration.members.filter(
            (member) => member.name && member.kind === 'method' && member.description && !member.privacy && !member.static,
          );
        }
        for (const event of declaration.events ?? []) event.type ??= { text: 'Event' };
        for (const attribute of declaration.attributes ?? []) {
          const values = attribute.type?.text;
          const type = typeOf(values);
          attribute['x-values'] = values;
          if (attribute.default !== undefined) attribute['x-default'] = attribute.default;
          attribute.type = { text: type };
          const value = valueOf(attribute.default, type);
          if (value === undefined) delete attribute.default;
          else attribute.default = value;
        }
      }
    }
  },
});

// (Attribute types come from the manifest's own unions above.)
const quiet = { outdir: 'dist/types/frameworks', hideLogs: true };

export default {
  globs: ['src/components/*/hotline-banner.ts', 'src/components/*/quick-exit.ts', 'src/components/*/signs-checklist.ts', 'src/components/*/know-your-rights.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  plugins: [
    houseTypes(),
    customElementJsxPlugin({ ...quiet, fileName: 'jsx.d.ts' }),
    customElementVuejsPlugin({ ...quiet, fileName: 'vue-elements.d.ts' }),
    customElementSveltePlugin({ ...quiet, fileName: 'svelte-elements.d.ts' }),
    customElementSolidJsPlugin({ ...quiet, fileName: 'solid-elements.d.ts' }),
  ],
};
