import { css } from 'lit';

export const styles = css`
  :host {
    --_background: var(--hotline-banner-background, #eef4fb);
    --_color: var(--hotline-banner-color, #1b2733);
    --_border-color: var(--hotline-banner-border-color, #9db8d9);
    --_action-background: var(--hotline-banner-action-background, #1d4f91);
    --_action-color: var(--hotline-banner-action-color, #ffffff);
    --_urgent-background: var(--hotline-banner-urgent-background, #a4262c);
    --_urgent-color: var(--hotline-banner-urgent-color, #ffffff);
    --_focus-color: var(--hotline-banner-focus-color, #1b2733);
    display: block;
    color: var(--_color);
    font-family: var(--hotline-banner-font-family, inherit);
    font-size: var(--hotline-banner-font-size, 1em);
  }
  :host([hidden]) {
    display: none;
  }
  /* On the inner box, not the host: a page's "* { line-height: 1 }" reaches the host, not its shadow tree. */
  .banner {
    line-height: 1.4;
    /* Its colours are light: on a color-scheme: dark page, form controls must not turn dark (an unticked box looked ticked). */
    color-scheme: light;
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--hotline-banner-gap, 0.75em 2em);
    box-sizing: border-box;
    padding: var(--hotline-banner-padding, 1em);
    border: 1px solid var(--_border-color);
    border-radius: var(--hotline-banner-radius, 0.5em);
    background: var(--_background);
  }
  .bar {
    border-inline: 0;
    border-radius: 0;
  }
  .bar .line {
    flex: 1 1 16em;
  }
  .card {
    flex-direction: column;
    gap: var(--hotline-banner-gap, 1em);
  }
  .compact {
    align-items: center;
    gap: 0.5em 1em;
    padding: var(--hotline-banner-padding, 0.5em 1em);
  }
  .compact .actions {
    margin: 0;
  }
  .emergency {
    flex-basis: 100%;
  }
  .dismissible {
    padding-inline-end: 3.5em;
  }
  .close {
    position: absolute;
    inset-block-start: 0.25em;
    inset-inline-end: 0.25em;
    min-block-size: 44px;
    min-inline-size: 44px;
    border: 2px solid transparent;
    border-radius: 0.375em;
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 1.5em;
    line-height: 1;
    cursor: pointer;
  }
  .close:hover {
    border-color: currentColor;
  }
  .close:focus-visible {
    outline: 3px solid var(--_focus-color);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .banner {
      border: 1px solid CanvasText;
    }
    .close {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
  @media print {
    .close {
      display: none;
    }
  }
`;
