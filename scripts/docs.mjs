// README's attribute, part and custom-property tables, written from
// custom-elements.json (the Custom Elements Manifest analyzer's output, made by
// `npm run build`). `npm run docs` rewrites the marked sections of README.md;
// `npm run docs -- --check` fails when README.md differs from the manifest.
// Markers: <!-- generated:<tag>:attributes -->…<!-- /generated:<tag>:attributes -->
// (and :parts, :properties). Values and defaults are the partner's words the JSDoc gave
// (`x-values`, `x-default`: custom-elements-manifest.config.mjs turns the manifest's own into types).
import { readFileSync, writeFileSync } from 'node:fs';

const readmeUrl = new URL('../README.md', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const elements = new Map(
  manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d])),
);

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim() || '–';
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

const sections = {
  attributes: (el) => table(['Attribute', 'Values', 'Default', 'What it does'], (el.attributes ?? []).map((a) => [`\`${a.name}\``, a['x-values'] ?? a.type?.text, a['x-default'] ?? a.default, a.description])),
  parts: (el) => table(['Part', 'What it is'], (el.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description])),
  properties: (el) => table(['Custom property', 'What it sets (default)'], (el.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description])),
};

const readme = readFileSync(readmeUrl, 'utf8');
const problems = [];
const written = readme.replace(/<!-- generated:([\w-]+):(\w+) -->\n[\s\S]*?<!-- \/generated:\1:\2 -->/g, (whole, tag, kind) => {
  const el = elements.get(tag);
  if (!el || !sections[kind]) {
    problems.push(`README marks ${tag}:${kind}, which custom-elements.json does not have`);
    return whole;
  }
  return `<!-- generated:${tag}:${kind} -->\n${sections[kind](el)}\n<!-- /generated:${tag}:${kind} -->`;
});
for (const tag of elements.keys()) {
  if (!written.includes(`<!-- generated:${tag}:attributes -->`)) problems.push(`README has no generated attribute table for <${tag}>`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
if (process.argv.includes('--check')) {
  if (written !== readme) {
    console.error('README.md differs from custom-elements.json: run `npm run build && npm run docs`, or change the JSDoc (@attr, @csspart, @cssprop) in src/components and rebuild.');
    process.exit(1);
  }
  console.log(`README.md matches custom-elements.json (${elements.size} elements).`);
} else {
  writeFileSync(readmeUrl, written);
  console.log(`README.md: tables written for ${[...elements.keys()].join(', ')}.`);
}
