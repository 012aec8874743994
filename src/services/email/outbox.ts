/**
 * The email outbox for administrators (/admin/outbox, 'admin:outbox'): every email Concord has
 * queued, is sending, sent, failed or kept (no SMTP configured), newest first, and one email's text. Reading
 * an email is audited ('email.view', with its id only), as its body may name cases.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/access/roles.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { emailsPage, findEmail, type EmailStatus, type OutboxEmail, type OutboxRow } from '../../db/repositories/emails.js';
import { isUuid } from '../../domain/ids.js';

/** One page of emails, newest first, and how many there are. */
export async function listOutbox(db: Kysely<Database>, page: number, pageSize: number): Promise<{ rows: OutboxRow[]; total: number }> {
  return emailsPage(db, page, pageSize);
}

/** One email with its text, or undefined; audited when found. */
export async function readOutboxEmail(db: Kysely<Database>, actor: Actor, id: string, ip: string | null): Promise<OutboxEmail | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await findEmail(db, id);
  if (row) await writeAudit(db, actor, { action: 'email.view', entityType: 'email', entityId: row.id, ip });
  return row;
}

/** The GOV.UK tag for an email's status (GOV.UK Frontend 6 colours; the plain tag is blue). */
export function emailStatusTag(status: EmailStatus): { text: string; classes: string } {
  return {
    queued: { text: 'Queued', classes: '' },
    sending: { text: 'Sending', classes: 'govuk-tag--teal' },
    sent: { text: 'Sent', classes: 'govuk-tag--green' },
    failed: { text: 'Failed', classes: 'govuk-tag--red' },
    outbox: { text: 'In outbox', classes: 'govuk-tag--grey' },
  }[status];
}
