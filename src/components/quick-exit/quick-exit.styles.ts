import { visuallyHiddenCss } from '../../shared/visually-hidden.js';

/** Plain CSS text: the quick exit carries no Lit. */
export const styles = `${visuallyHiddenCss}
  :host {
    display: block;
    font-family: var(--quick-exit-font-family, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  /* The browser's popover look, undone. */
  .bar[popover] {
    inset: auto;
    inline-size: auto;
    block-size: auto;
    margin: 0;
    border: 0;
    padding: 0;
    overflow: visible;
    background: none;
    color: inherit;
  }
  .bar.top,
  .bar.bottom {
    position: fixed;
    z-index: var(--quick-exit-z-index, 2147483647);
    inset-inline-end: calc(var(--quick-exit-inset, 0px) + 0.5rem);
  }
  .bar.start {
    inset-inline-end: auto;
    inset-inline-start: calc(var(--quick-exit-inset, 0px) + 0.5rem);
  }
  .bar.top {
    inset-block-start: calc(var(--quick-exit-offset, 0px) + 0.5rem);
  }
  .bar.bottom {
    inset-block-end: calc(var(--quick-exit-offset, 0px) + 0.5rem);
  }
  .button {
    box-sizing: border-box;
    min-block-size: 44px;
    min-inline-size: 44px;
    max-inline-size: calc(100vw - 1rem);
    padding-block: 0.5rem;
    padding-inline: 1.25rem;
    border: 2px solid var(--quick-exit-background, #a4262c);
    border-radius: var(--quick-exit-radius, 0.375rem);
    background: var(--quick-exit-background, #a4262c);
    color: var(--quick-exit-color, #ffffff);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.3);
    font: inherit;
    font-size: var(--quick-exit-font-size, 1em);
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .button:hover {
    background: var(--quick-exit-background-hover, #7d1d22);
    text-decoration: underline;
  }
  .button:focus-visible {
    outline: 3px solid var(--quick-exit-focus-color, #ffbf47);
    outline-offset: 0;
    box-shadow: 0 0 0 6px #0b0c0c;
  }
  @media (max-width: 30em) {
    .bar.top,
    .bar.bottom {
      inset-inline: 0;
    }
    .bar.top {
      inset-block-start: var(--quick-exit-offset, 0px);
    }
    .bar.bottom {
      inset-block-end: var(--quick-exit-offset, 0px);
    }
    .bar.top .button,
    .bar.bottom .button {
      inline-size: 100%;
      max-inline-size: none;
      border-radius: 0;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .button:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;
