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
    font-size: var(--hotline-banner-font-size, 1rem);
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  .banner {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--hotline-banner-gap, 0.75rem 2rem);
    box-sizing: border-box;
    padding: var(--hotline-banner-padding, 1rem);
    border: 1px solid var(--_border-color);
    border-radius: var(--hotline-banner-radius, 0.5rem);
    background: var(--_background);
  }
  .bar {
    border-inline: 0;
    border-radius: 0;
  }
  .bar .line {
    flex: 1 1 16rem;
  }
  .card {
    flex-direction: column;
    gap: var(--hotline-banner-gap, 1rem);
  }
  .compact {
    align-items: center;
    gap: 0.5rem 1rem;
    padding: var(--hotline-banner-padding, 0.5rem 1rem);
  }
  .compact .actions {
    margin: 0;
  }
  .emergency {
    flex-basis: 100%;
  }
  .dismissible {
    padding-inline-end: 3.5rem;
  }
  .close {
    position: absolute;
    inset-block-start: 0.25rem;
    inset-inline-end: 0.25rem;
    min-block-size: 44px;
    min-inline-size: 44px;
    border: 2px solid transparent;
    border-radius: 0.375rem;
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 1.5rem;
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
