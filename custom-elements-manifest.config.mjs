// `cem analyze` (npm run build): custom-elements.json from the components' JSDoc
// (@tag, @attr, @csspart, @cssprop, @slot, @fires). Without the Lit plugin on
// purpose: each widget documents exactly the attributes a partner may set, as
// @attr {values} [name=default] - what it does; internal state stays out.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
};
