/**
 * Queues an email (migration 004 `emails`). Nothing is sent here: the email sender
 * (services/email/send-queued-emails.ts) sends queued emails through SMTP when SMTP_URL is
 * configured, and otherwise moves them to the outbox that administrators read at /admin/outbox.
 * Call it inside the transaction of the change that causes the email, so both commit together.
 * Keep personal data out of subjects (they show in mail client lists); bodies may carry case
 * references and links, which the recipient opens with their own access.
 */
import type { Executor } from '../../db/repositories/audit-log.js';
import { insertEmail, type NewEmail } from '../../db/repositories/emails.js';

/** @returns the new email's id. */
export async function queueEmail(db: Executor, email: NewEmail): Promise<string> {
  return insertEmail(db, email);
}
