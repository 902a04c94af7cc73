import { css, html, nothing } from 'lit';
import type { Language, Translate } from '../i18n/i18n.js';
import { chooseLanguage, directionOf, menuLanguages } from '../i18n/registry.js';

let menus = 0;

/**
 * `language-menu`: a native select of every language, each named in itself.
 * Choosing one shows every widget on the page in it, for this page view only
 * (nothing is stored; a reload returns to the page's language). Its label is
 * "Language" in the shown language, and in English too when that is another.
 */
export function renderLanguageMenu(host: { languageMenuId?: string }, lang: Language, t: Translate) {
  const id = (host.languageMenuId ??= `language-menu-${++menus}`);
  return html`<div part="language-menu" class="language-menu">
    <label for=${id}>${t('languageMenu.label')}${lang === 'en' ? nothing : html` <span lang="en" dir="ltr">(Language)</span>`}</label>
    <select id=${id} @change=${(event: Event) => chooseLanguage((event.target as HTMLSelectElement).value)}>
      ${menuLanguages().map(
        ({ code, name }) => html`<option value=${code} lang=${code} dir=${directionOf(code)} ?selected=${code === lang}>${name}</option>`,
      )}
    </select>
  </div>`;
}

export const languageMenuStyles = css`
  .language-menu {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    margin-block: 0.5em;
    font-size: 0.875em;
  }
  .language-menu select {
    font: inherit;
    min-block-size: 44px;
    padding-inline: 0.5em;
    color: inherit;
    background: Field;
    color-scheme: light;
  }
  .language-menu select:focus-visible {
    outline: 3px solid currentColor;
    outline-offset: 2px;
  }
  @media print {
    .language-menu {
      display: none;
    }
  }
`;
