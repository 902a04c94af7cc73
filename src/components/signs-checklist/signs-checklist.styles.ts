import { css } from 'lit';

export const styles = css`
  :host {
    --_accent: var(--signs-checklist-accent, #1d4f91);
    --_action-background: var(--_accent);
    --_action-color: var(--signs-checklist-accent-color, #ffffff);
    --_urgent-background: var(--signs-checklist-urgent-background, #a4262c);
    --_urgent-color: var(--signs-checklist-accent-color, #ffffff);
    --_focus-color: var(--signs-checklist-focus-color, #1b2733);
    --_border-color: var(--signs-checklist-border-color, #9db8d9);
    display: block;
    color: var(--signs-checklist-color, #1b2733);
    font-family: var(--signs-checklist-font-family, inherit);
    font-size: var(--signs-checklist-font-size, 1em);
  }
  :host([hidden]) {
    display: none;
  }
  /* On the inner box, not the host: a page's "* { line-height: 1 }" reaches the host, not its shadow tree. */
  .checklist {
    line-height: 1.45;
    /* Its colours are light: on a color-scheme: dark page, form controls must not turn dark (an unticked box looked ticked). */
    color-scheme: light;
    display: grid;
    gap: 1em;
    padding: var(--signs-checklist-padding, 1em);
    border: 1px solid var(--_border-color);
    border-radius: 0.5em;
    background: var(--signs-checklist-background, #ffffff);
  }
  .intro,
  .sources,
  .guidance p {
    margin: 0;
  }
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding-block: 0.5em 0.75em;
    padding-inline: 0.75em;
    border: 1px solid var(--_border-color);
    border-radius: 0.375em;
  }
  legend {
    padding-inline: 0.25em;
    font-weight: 700;
  }
  .sign {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }
  .sign input {
    flex: none;
    font-size: inherit;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0.625em 0 0;
    accent-color: var(--_accent);
  }
  .sign label {
    flex: 1;
    box-sizing: border-box;
    min-block-size: 44px;
    min-inline-size: 0;
    padding-block: 0.625em;
    cursor: pointer;
  }
  .sign input:focus-visible,
  .clear:focus-visible,
  .sources a:focus-visible {
    outline: 3px solid var(--_focus-color);
    outline-offset: 2px;
  }
  .clear {
    justify-self: start;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-inline: 1em;
    border: 2px solid var(--_accent);
    border-radius: 0.375em;
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  .guidance.shown {
    display: grid;
    gap: 0.75em;
    padding: 1em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--signs-checklist-guidance-background, #eef4fb);
  }
  .guidance-title {
    font-size: 1.125em;
    font-weight: 700;
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
  @media print {
    .clear {
      display: none;
    }
    .checklist {
      border: 0;
      padding: 0;
    }
  }
`;
