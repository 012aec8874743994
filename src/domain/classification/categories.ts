/**
 * ASB categories (NSIR 2011): Personal, Nuisance, Environmental — DOMAIN.md §1.2 [S4][S5][S6][S7].
 * Category and incident type are independent fields: any type may carry any category.
 */
export type CategoryCode = 'personal' | 'nuisance' | 'environmental';

export const ASB_CATEGORIES: readonly { code: CategoryCode; name: string; description: string }[] = [
  {
    code: 'personal',
    name: 'Personal',
    description: 'Perceived as targeted at, or affecting, a specific individual or group rather than the community at large.',
  },
  {
    code: 'nuisance',
    name: 'Nuisance',
    description: 'Causing trouble, annoyance or suffering to the community at large rather than to a specific individual or group.',
  },
  {
    code: 'environmental',
    name: 'Environmental',
    description:
      'Not aimed at an individual or group but affecting the wider environment: public spaces, buildings, the natural, built and social environment.',
  },
];

export function isCategory(value: string): value is CategoryCode {
  return ASB_CATEGORIES.some((c) => c.code === value);
}
