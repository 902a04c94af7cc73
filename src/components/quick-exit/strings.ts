/**
 * The quick exit's own few strings. They live in the small first script, not in
 * i18next's resources, so the exit works (and speaks the page's language) before
 * the rest of the widgets has loaded, or on pages that only have the exit.
 */
export interface QuickExitStrings {
  label: string;
  /** Said after the name: what the button is (its visible text stays the start of its name, WCAG 2.5.3). */
  emergency: string;
  hintShift: string;
  hintEscape: string;
  /** Countdowns by plural category (Intl.PluralRules), with {{count}}. */
  shiftLeft: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  escapeLeft: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  expired: string;
}

export const quickExitStrings: Record<string, QuickExitStrings> = {
  en: {
    label: 'Exit this site',
    emergency: 'Emergency exit: leaves this site at once.',
    hintShift: 'Or press the Shift key 3 times.',
    hintEscape: 'Or press the Escape key twice.',
    shiftLeft: { one: 'Press Shift 1 more time to exit.', other: 'Press Shift {{count}} more times to exit.' },
    escapeLeft: { one: 'Press Escape 1 more time to exit.', other: 'Press Escape {{count}} more times to exit.' },
    expired: 'Exit shortcut reset.',
  },
  es: {
    label: 'Salir de este sitio',
    emergency: 'Salida de emergencia: sale de este sitio enseguida.',
    hintShift: 'O pulse la tecla Mayús (Shift) 3 veces.',
    hintEscape: 'O pulse la tecla Esc dos veces.',
    shiftLeft: { one: 'Pulse Mayús 1 vez más para salir.', other: 'Pulse Mayús {{count}} veces más para salir.' },
    escapeLeft: { one: 'Pulse Esc 1 vez más para salir.', other: 'Pulse Esc {{count}} veces más para salir.' },
    expired: 'El atajo para salir se reinició.',
  },
};

/** "Press Shift 2 more times to exit." in the plural form the language needs. */
export function countdown(lang: string, forms: QuickExitStrings['shiftLeft'], count: number): string {
  const form = forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
  return form.replace('{{count}}', String(count));
}
