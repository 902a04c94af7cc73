// After `cem analyze` (npm run build): one small entry per framework, so a
// project gets the elements and their attributes' types with one line,
//   import type {} from 'safety-widgets/react';   (or /preact, /vue, /svelte, /solid)
// The element types themselves are generated from custom-elements.json by the
// cem-tools plugins (custom-elements-manifest.config.mjs) into the same folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../dist/types/frameworks/', import.meta.url));
mkdirSync(dir, { recursive: true });

const jsx = (module, from) => `// <quick-exit>, <hotline-banner>, <signs-checklist> and <know-your-rights> in ${module}'s JSX, with their attributes' types.
import type { CustomElements } from './${from}';

declare module '${module}' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}
`;

const entries = {
  'react.d.ts': jsx('react', 'jsx.js'),
  'preact.d.ts': jsx('preact', 'jsx.js'),
  'solid.d.ts': jsx('solid-js', 'solid-elements.js'),
  // (The generated file declares Vue's GlobalComponents itself.)
  'vue.d.ts': `// <quick-exit>, <hotline-banner>, <signs-checklist> and <know-your-rights> in Vue templates, with their attributes' types.\nexport type * from './vue-elements.js';\n`,
  'svelte.d.ts': `// <quick-exit>, <hotline-banner>, <signs-checklist> and <know-your-rights> in Svelte markup, with their attributes' types.
import type { CustomElements } from './svelte-elements.js';

declare global {
  namespace svelteHTML {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
};
for (const [file, text] of Object.entries(entries)) writeFileSync(dir + file, text);
console.log(`framework types: ${Object.keys(entries).join(', ')} in dist/types/frameworks/`);
