import { css } from 'lit';

export const styles = css`
  :host {
    --_accent: var(--know-your-rights-accent, #1d4f91);
    --_action-background: var(--_accent);
    --_action-color: var(--know-your-rights-accent-color, #ffffff);
    --_urgent-background: var(--know-your-rights-urgent-background, #a4262c);
    --_urgent-color: var(--know-your-rights-accent-color, #ffffff);
    --_focus-color: var(--know-your-rights-focus-color, #1b2733);
    --_border-color: var(--know-your-rights-border-color, #9db8d9);
    display: block;
    color: var(--know-your-rights-color, #1b2733);
    font-family: var(--know-your-rights-font-family, inherit);
    font-size: var(--know-your-rights-font-size, 1em);
  }
  :host([hidden]) {
    display: none;
  }
  /* On the inner box, not the host: a page's "* { line-height: 1 }" reaches the host, not its shadow tree. */
  .rights {
    line-height: 1.45;
    color-scheme: light;
    display: grid;
    gap: 0.75em;
    min-inline-size: 0;
    padding: var(--know-your-rights-padding, 1em);
    border: 1px solid var(--_border-color);
    border-radius: 0.5em;
    background: var(--know-your-rights-background, #ffffff);
    overflow-wrap: anywhere;
  }
  p,
  .facts {
    margin: 0;
  }
  .topic {
    border-block-start: 1px solid var(--_border-color);
  }
  .topic-heading {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: 0.625em;
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 44px;
    padding-block: 0.5em;
    padding-inline: 0.25em;
    border: 0;
    background: transparent;
    color: var(--_accent);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  /* A chevron drawn with borders (currentColor: it follows forced colours): > closed, v open, < closed in RTL. */
  .toggle::before {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    border: solid currentColor;
    border-width: 0 0.15em 0.15em 0;
    transform: rotate(-45deg);
  }
  .toggle:dir(rtl)::before {
    transform: rotate(135deg);
  }
  .toggle[aria-expanded='true']::before {
    transform: rotate(45deg);
  }
  .toggle:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_focus-color);
    outline-offset: 2px;
  }
  .panel {
    display: grid;
    gap: 0.75em;
    padding-block: 0.25em 1em;
    padding-inline: 0.25em;
  }
  .panel[hidden] {
    display: none;
  }
  .facts {
    display: grid;
    gap: 0.5em;
    padding-inline-start: 1.25em;
  }
  .traces-title,
  .help-title {
    font-weight: 700;
  }
  .help {
    display: grid;
    gap: 0.75em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border-color);
  }
  .help-title {
    font-size: 1.125em;
  }
  .lines {
    display: grid;
    gap: 1em;
  }
  .sources {
    font-size: 0.875em;
  }
  .sources a {
    color: var(--_accent);
  }
  @media (forced-colors: active) {
    .toggle {
      color: ButtonText;
    }
    .rights,
    .topic,
    .help {
      border-color: CanvasText;
    }
  }
  /* On paper: every topic open, dark on white, the addresses written out; no buttons' look. */
  @media print {
    .rights {
      border: 0;
      padding: 0;
      background: #fff !important;
      color: #000 !important;
    }
    .panel[hidden] {
      display: grid;
    }
    .toggle {
      padding-inline: 0;
      color: #000 !important;
    }
    .toggle::before {
      display: none;
    }
    .sources a,
    a[part='website'] {
      color: #000 !important;
    }
    .sources a::after,
    a[part='website']::after {
      content: ' (' attr(href) ')';
    }
    .topic,
    .help {
      break-inside: avoid-page;
      border-color: #000;
    }
  }
`;
