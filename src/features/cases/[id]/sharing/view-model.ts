/**
 * The Sharing page's view model: who the case is shared with now (with a form to stop each
 * share), the history of shares ended, and the form to share with another organisation. Forms
 * only for case officers ('cases:work') of the lead organisation.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema.js';
import { can, type Actor } from '../../../../domain/access/roles.js';
import type { FormErrors } from '../../../../platform/forms.js';
import type { CaseHeader } from '../../../../services/cases/case-header.js';
import { viewCaseSharing } from '../../../../services/cases/case-sharing.js';
import { dateTimeText } from '../reviews/presenters.js';

export interface SharingPageInput {
  header: CaseHeader;
  errors?: FormErrors | undefined;
  values?: Record<string, unknown>;
  banner?: string | undefined;
}

/** True when the actor may share this case or stop a share (lead organisation, 'cases:work'). */
export function mayShare(actor: Actor, header: CaseHeader): boolean {
  return can(actor, 'cases:work') && header.isLeadOrganisation;
}

export async function sharingPage(db: Kysely<Database>, actor: Actor, input: SharingPageInput) {
  const { header } = input;
  const canShare = mayShare(actor, header);
  const { shares, organisations: options } = await viewCaseSharing(db, actor, header.id, { withOrganisations: canShare });
  return {
    title: 'Sharing',
    caseHeader: header,
    casePage: 'sharing',
    errors: input.errors,
    banner: input.banner,
    values: input.values ?? {},
    canShare,
    shareAction: `/cases/${header.id}/sharing`,
    current: shares
      .filter((s) => !s.revokedAt)
      .map((s) => ({
        organisationName: s.organisationName,
        rows: [
          { key: { text: 'Reason and legal gateway' }, value: { text: s.reason } },
          { key: { text: 'Shared by' }, value: { text: `${s.sharedByName ?? 'Unknown'}, ${dateTimeText(s.sharedAt)}` } },
        ],
        revokeAction: `/cases/${header.id}/sharing/${s.id}/revoke`,
        revokeField: `revokeReason-${s.id}`,
      })),
    history: shares
      .filter((s) => s.revokedAt)
      .map((s) => [
        { text: s.organisationName },
        { text: `${dateTimeText(s.sharedAt)} by ${s.sharedByName ?? 'Unknown'}` },
        { text: s.reason },
        { text: `${dateTimeText(s.revokedAt!)} by ${s.revokedByName ?? 'Unknown'}` },
        { text: s.revokeReason ?? '' },
      ]),
    organisationItems: [{ value: '', text: 'Select an organisation' }, ...options.map((o) => ({ value: o.id, text: o.name }))],
    hasOrganisations: options.length > 0,
  };
}
