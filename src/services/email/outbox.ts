/**
 * The email outbox for administrators (/admin/outbox, 'admin:outbox'): every email Concord has
 * queued, is sending, sent, failed or kept (no SMTP configured), newest first, and one email's text. Reading
 * an email is audited ('email.view', with its id only), as its body may name cases.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/access/roles.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { isUuid } from '../../db/repositories/case-scope.js';

/** An email's status (migration 004): 'sending' while a sender has claimed it (send-queued-emails.ts). */
export type EmailStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'outbox';

export interface OutboxRow {
  id: string;
  kind: string;
  to: string;
  subject: string;
  status: EmailStatus;
  createdAt: Date;
}

export interface OutboxEmail extends OutboxRow {
  text: string;
  attempts: number;
  error: string | null;
  sentAt: Date | null;
}

/** One page of emails, newest first, and how many there are. */
export async function listOutbox(db: Kysely<Database>, page: number, pageSize: number): Promise<{ rows: OutboxRow[]; total: number }> {
  const [count, rows] = await Promise.all([
    db
      .selectFrom('emails')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('emails')
      .select(['id', 'kind', 'to_address as to', 'subject', 'status', 'created_at as createdAt'])
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
  ]);
  return { rows, total: Number(count.n) };
}

/** One email with its text, or undefined; audited when found. */
export async function readOutboxEmail(db: Kysely<Database>, actor: Actor, id: string, ip: string | null): Promise<OutboxEmail | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await db
    .selectFrom('emails')
    .select([
      'id',
      'kind',
      'to_address as to',
      'subject',
      'status',
      'created_at as createdAt',
      'body_text as text',
      'attempts',
      'error',
      'sent_at as sentAt',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
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
