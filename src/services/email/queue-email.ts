/**
 * Queues an email (migration 004 `emails`). Nothing is sent here: the email sender
 * (services/email/send-queued-emails.ts) sends queued emails through SMTP when SMTP_URL is
 * configured, and otherwise moves them to the outbox that administrators read at /admin/outbox.
 * Call it inside the transaction of the change that causes the email, so both commit together.
 * Keep personal data out of subjects (they show in mail client lists); bodies may carry case
 * references and links, which the recipient opens with their own access.
 */
import type { Executor } from '../../db/repositories/audit-log.js';

export interface EmailInput {
  /** What the email is for, e.g. 'weekly_compliance', 'high_risk'. */
  kind: string;
  to: string;
  subject: string;
  text: string;
  organisationId?: string | null;
}

/** @returns the new email's id. */
export async function queueEmail(db: Executor, email: EmailInput): Promise<string> {
  const row = await db
    .insertInto('emails')
    .values({
      kind: email.kind,
      to_address: email.to,
      subject: email.subject,
      body_text: email.text,
      organisation_id: email.organisationId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
