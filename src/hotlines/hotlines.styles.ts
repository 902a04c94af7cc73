import { css } from 'lit';

/**
 * Styles of the shared hotline rendering (lines, call/text links, emergency).
 * Custom properties are read through the host widget's own names, so
 * `--hotline-banner-*` and `--signs-checklist-*` both theme them.
 */
export const hotlineStyles = css`
  .line {
    min-inline-size: 0;
  }
  .name {
    margin: 0;
    font-weight: 700;
  }
  .about {
    margin: 0.25em 0 0;
    font-size: 0.9375em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }
  .action {
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
    min-block-size: 44px;
    min-inline-size: 44px;
    max-inline-size: 100%;
    padding-block: 0.375em;
    padding-inline: 0.875em;
    border: 2px solid var(--_action-background);
    border-radius: 0.375em;
    background: var(--_action-background);
    color: var(--_action-color);
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: anywhere;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* Whose line a link is: part of its name for screen readers (generated text), not shown. */
  .action .whose {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .action .whose::before {
    content: attr(data-whose);
  }
  .action.secondary {
    background: transparent;
    color: var(--_action-background);
  }
  .action:hover {
    text-decoration-thickness: 0.15em;
  }
  .action:focus-visible {
    outline: 3px solid var(--_focus-color);
    outline-offset: 2px;
  }
  .emergency {
    margin: 0;
    font-weight: 700;
  }
  .emergency .action {
    margin-inline-start: 0.25em;
  }
  .action.urgent {
    border-color: var(--_urgent-background);
    background: var(--_urgent-background);
    color: var(--_urgent-color);
  }
  @media (forced-colors: active) {
    .action,
    .action.secondary,
    .action.urgent {
      border-color: LinkText;
      background: Canvas;
      color: LinkText;
    }
    .action:focus-visible {
      outline-color: Highlight;
    }
  }
  /* A number never wraps inside a group of digits (someone copying it by hand could misdial), nor a keyword inside itself. */
  .number,
  .keyword {
    white-space: nowrap;
    unicode-bidi: isolate;
  }
  /* Printed with the browser's default (no background graphics): dark text on white, with a visible edge. */
  @media print {
    .action,
    .action.secondary,
    .action.urgent {
      border-color: #000 !important;
      background: none !important;
      color: #000 !important;
    }
  }
`;
