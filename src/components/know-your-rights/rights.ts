/**
 * What <know-your-rights> says, as data: each topic's facts in order, and for
 * each fact where it comes from and when that was checked. The words are in
 * src/i18n/rights/<code>.json (`rights.<topic>.<fact>`); the facts come from
 * ../shared/research/rights.md and seed 004, found in the sources below in
 * December 2026 (re-check each on its source before a release, and change the
 * date with it).
 */

export const topics = ['work', 'documents', 'immigration', 'safety'] as const;
export type Topic = (typeof topics)[number];

/** Countries the facts are true for. Everything else warns and shows no facts. */
export const countries = ['us'] as const;

export interface Source {
  /** As the publisher names it (shown in English). */
  name: string;
  url: string;
}

export const sources = {
  whd: { name: 'U.S. Department of Labor, Wage and Hour Division', url: 'https://www.dol.gov/agencies/whd' },
  wilberforce: {
    name: 'U.S. Department of State, rights of temporary workers (Wilberforce pamphlet)',
    url: 'https://travel.state.gov/content/travel/en/us-visas/visa-information-resources/temporary-workers.html',
  },
  dolTrafficking: { name: 'U.S. Department of Labor, human trafficking and migrant workers', url: 'https://www.dol.gov/general/migrantworker/trafficking' },
  usc1592: { name: '18 U.S.C. § 1592', url: 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title18-section1592&num=0&edition=prelim' },
  uscisT: {
    name: 'USCIS, T nonimmigrant status',
    url: 'https://www.uscis.gov/humanitarian/victims-of-human-trafficking-and-other-crimes/victims-of-human-trafficking-t-nonimmigrant-status',
  },
  uscisU: {
    name: 'USCIS, U nonimmigrant status',
    url: 'https://www.uscis.gov/humanitarian/victims-of-human-trafficking-and-other-crimes/victims-of-criminal-activity-u-nonimmigrant-status',
  },
  brightSky: { name: 'Bright Sky (Hestia), what a call leaves behind', url: 'https://www.hestia.org/brightsky' },
} as const satisfies Record<string, Source>;

type SourceId = keyof typeof sources;

export interface Fact {
  /** `rights.<topic>.<id>` in the language files. */
  id: string;
  /** Where it is said; `seed-004` is the partner article in ../shared/seeds (safety steps). */
  from: readonly (SourceId | 'seed-004')[];
  /** When the fact was last read on its sources. */
  checked: string;
}

const DECEMBER = '2026-12';

const fact = (id: string, ...from: Fact['from']): Fact => ({ id, from, checked: DECEMBER });

export const facts: Record<Topic, readonly Fact[]> = {
  work: [
    fact('status', 'wilberforce', 'dolTrafficking'),
    fact('wage', 'whd', 'wilberforce'),
    fact('overtime', 'whd'),
    fact('pay', 'wilberforce'),
    fact('safe', 'wilberforce'),
    fact('leave', 'wilberforce', 'dolTrafficking'),
    fact('report', 'dolTrafficking', 'wilberforce'),
  ],
  documents: [fact('keep', 'wilberforce'), fact('employer', 'dolTrafficking'), fact('crime', 'usc1592')],
  immigration: [
    fact('general'),
    fact('t', 'uscisT'),
    fact('u', 'uscisU'),
    fact('cooperate', 'uscisT', 'uscisU'),
    fact('exceptions', 'uscisT', 'uscisU'),
    // T: USCIS Policy Manual vol. 3 part B ch. 8 ("5,000 persons in any fiscal year", derivatives not counted);
    // U: 10,000 U-1 a fiscal year (USCIS), derivatives not counted.
    fact('caps', 'uscisT', 'uscisU'),
    fact('legal', 'wilberforce'),
  ],
  safety: [
    fact('noRetaliate', 'seed-004'),
    fact('space', 'seed-004'),
    fact('evidence', 'seed-004'),
    fact('plan', 'seed-004'),
    fact('care', 'seed-004'),
  ],
};

/** What each way of reaching out leaves behind (said under the safety steps). */
export const traces: readonly Fact[] = [
  fact('call', 'brightSky'),
  fact('text', 'brightSky'),
  fact('print'),
  fact('history'),
  fact('device', 'brightSky'),
];

/** Which sources a topic lists under it. */
export const sourcesOf = (topic: Topic): Source[] => {
  const ids = new Set([...facts[topic], ...(topic === 'safety' ? traces : [])].flatMap((one) => one.from));
  return (Object.keys(sources) as SourceId[]).filter((id) => ids.has(id)).map((id) => sources[id]);
};
