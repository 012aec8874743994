/** The kinds of agency in the partnership, with the words the pages show for each. */
import type { OrganisationKind } from '../../../db/schema.js';

export const ORGANISATION_KINDS: readonly { code: OrganisationKind; name: string }[] = [
  { code: 'police', name: 'Police' },
  { code: 'local_authority', name: 'Local authority' },
  { code: 'housing_provider', name: 'Housing provider' },
  { code: 'victim_service', name: 'Victim service' },
  { code: 'youth_justice', name: 'Youth justice' },
  { code: 'other', name: 'Other' },
];

/** The display name of a kind of organisation. */
export function kindName(code: OrganisationKind): string {
  return ORGANISATION_KINDS.find((k) => k.code === code)?.name ?? code;
}
