/**
 * The warning signs, by category, as ids. Wording lives in the locale files
 * (`signs.<id>_other` and `signs.<id>_self`). Where each sign comes from:
 *   seed    ../shared/seeds "Signs of Human Trafficking" and traffickers' methods
 *   dhs     DHS Blue Campaign indicators
 *   ilo     ILO indicators of forced labour (2012)
 *   polaris Polaris Project's signs
 * fearful: seed, dhs, polaris · scripted: seed, dhs (coached; defers to another to speak) ·
 * avoidsHelp: seed · isolated: dhs, ilo · injuries: seed, dhs, ilo · neglected: seed, dhs ·
 * branded: seed · crowded: seed, dhs, ilo · gifts: seed · hours: seed, ilo · pay: seed, ilo ·
 * debt: seed, ilo · deceived: seed, ilo · minor: seed, dhs · documents: seed, ilo ·
 * watched: seed, polaris · notFree: ilo, polaris · threats: seed, ilo
 */
export const signs = {
  behavior: ['fearful', 'scripted', 'avoidsHelp', 'isolated'],
  physical: ['injuries', 'neglected', 'branded'],
  living: ['crowded', 'gifts', 'notFree'],
  work: ['hours', 'pay', 'debt', 'deceived'],
  // A minor in commercial sex is a victim of trafficking, paid or not: not a sign about work.
  control: ['minor', 'documents', 'watched', 'threats'],
} as const;

export type Category = keyof typeof signs;
export const categories = Object.keys(signs) as Category[];

export const sources = [
  ['dhs', 'https://www.dhs.gov/blue-campaign/indicators-human-trafficking'],
  ['polaris', 'https://polarisproject.org/'],
  ['ilo', 'https://www.ilo.org/'],
] as const;
