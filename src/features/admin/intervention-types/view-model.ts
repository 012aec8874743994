/** The list page's view model: types grouped by step on the ladder (DOMAIN.md §2.3 [S45]). */
import type { InterventionType } from '../../../services/powers/list-intervention-types.js';

const KIND_WORDS = { person: 'Person', body: 'Body', premises: 'Premises', area: 'Area' } as const;

export function listModel(types: readonly InterventionType[]) {
  const tiers = [...new Set(types.map((t) => t.tier))].sort((a, b) => (a ?? 99) - (b ?? 99));
  return tiers.map((tier) => ({
    heading: tier === null ? 'Not a step on the ladder (premises and area measures)' : `Step ${tier}`,
    rows: types
      .filter((t) => t.tier === tier)
      .map((t) => ({
        code: t.code,
        name: t.name,
        statutory: t.statutory,
        subjectKinds: t.subjectKinds.map((k) => KIND_WORDS[k]).join(', '),
        active: t.active,
        legalSource: t.legalSource ?? 'None',
        href: `/admin/intervention-types/${encodeURIComponent(t.code)}`,
      })),
  }));
}
