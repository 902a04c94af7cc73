/** Read by screen readers, not shown. Plain CSS text: the quick exit (no Lit) and the Lit widgets share it. */
export const visuallyHiddenCss = `
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
