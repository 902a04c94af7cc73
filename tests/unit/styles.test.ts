// Logical CSS properties only (inline/block, not left/right/width/height), so a
// right-to-left language can be added without rewriting the styles.
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { HotlineBanner } from '../../src/components/hotline-banner/hotline-banner.js';
import { KnowYourRights } from '../../src/components/know-your-rights/know-your-rights.js';
import { QuickExit } from '../../src/components/quick-exit/quick-exit.js';
import { SignsChecklist } from '../../src/components/signs-checklist/signs-checklist.js';

const physical =
  /(?:^|[;{\s])((?:margin|padding|border|inset)-(?:left|right|top|bottom)(?:-[a-z]+)?|(?:min-|max-)?(?:width|height)|left|right|top|bottom)\s*:|(?:text-align|float|clear)\s*:\s*(?:left|right)/g;

/** Physical property declarations in a stylesheet (media queries such as `(max-width: 30em)` are not declarations). */
function physicalProperties(css: string): string[] {
  return [...css.matchAll(physical)].map((match) => match[0].trim());
}

describe('styles', () => {
  it('the check finds physical properties', () => {
    expect(physicalProperties('a { margin-left: 1px; width: 2px; text-align: right } @media (max-width: 3em) { b { top: 0 } }')).to.deep.equal([
      'margin-left:',
      'width:',
      'text-align: right',
      'top:',
    ]);
  });

  for (const element of [HotlineBanner, QuickExit, SignsChecklist, KnowYourRights]) {
    it(`${element.name} uses logical properties only`, () => {
      const sheets = [element.styles].flat(Infinity as 1) as CSSResult[];
      const found = sheets.flatMap((sheet) => physicalProperties(sheet.cssText));
      expect(found).to.deep.equal([]);
    });
  }
});
