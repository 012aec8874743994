/**
 * Sends the queued emails (queue-email.ts). With SMTP_URL configured, each goes through
 * nodemailer's SMTP transport from EMAIL_FROM: 'sent' with sent_at, or after a failure back to
 * 'queued' for the next run, 'failed' once it has failed MAX_ATTEMPTS times (the error is kept
 * on the row). Without SMTP_URL every queued email moves to 'outbox', for administrators to read
 * at /admin/outbox.
 *
 * Several app instances may run this at once (DESIGN.md §5), and no transaction is ever held
 * open while an SMTP server answers (on PGlite one open transaction holds up the whole app):
 * 1. claim: one UPDATE marks a batch 'sending' (claimed_at, attempts + 1), choosing rows with
 *    `FOR UPDATE SKIP LOCKED`, so two senders never claim the same email;
 * 2. send each claimed email outside any transaction;
 * 3. mark each 'sent', back to 'queued', or 'failed'.
 * A sender that dies mid-batch leaves its emails 'sending': after CLAIM_EXPIRES_MINUTES they are
 * claimed again (or failed, if that was their last attempt). Batches are small enough that the
 * transport's timeouts (at most ~40 s an email) finish a batch well inside that time.
 * Nothing here logs or returns an address or a body; stored errors have addresses masked.
 */
import type { Kysely } from 'kysely';
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { Database } from '../../db/schema.js';
import {
  claimEmailsForSending,
  failAbandonedEmails,
  markEmailAttemptFailed,
  markEmailSent,
  moveEmailsToOutbox,
  type ClaimedEmail,
  type SendingRules,
} from '../../db/repositories/emails.js';

export const MAX_ATTEMPTS = 3;
/** A claim older than this is taken to belong to a sender that died. */
export const CLAIM_EXPIRES_MINUTES = 10;
const BATCH = 10;

export interface MailSettings {
  /** smtp:// or smtps:// URL; undefined keeps emails in the outbox. */
  smtpUrl: string | undefined;
  emailFrom: string;
}

export interface SendResult {
  sent: number;
  /** Failed this run and queued again for the next. */
  retrying: number;
  /** Failed for the last time ('failed'). */
  failed: number;
  /** Moved to the outbox (no SMTP configured). */
  outbox: number;
}

const RULES: SendingRules = { maxAttempts: MAX_ATTEMPTS, claimExpiresMinutes: CLAIM_EXPIRES_MINUTES };

/**
 * Sends (or moves to the outbox) up to `limit` queued emails, oldest first; an email that fails
 * is tried again on a later run, not this one. Never throws for an SMTP failure: the email row
 * records it.
 */
export async function sendQueuedEmails(db: Kysely<Database>, mail: MailSettings, opts: { limit?: number } = {}): Promise<SendResult> {
  const limit = opts.limit ?? 200;
  const result: SendResult = { sent: 0, retrying: 0, failed: 0, outbox: 0 };
  await failAbandonedEmails(db, RULES);
  if (!mail.smtpUrl) {
    result.outbox = await moveEmailsToOutbox(db, limit, RULES);
    return result;
  }
  const options: SMTPTransport.Options = { url: mail.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };
  const transport = nodemailer.createTransport(options);
  const tried: string[] = [];
  try {
    while (tried.length < limit) {
      const batch = await claimEmailsForSending(db, Math.min(BATCH, limit - tried.length), tried, RULES);
      if (!batch.length) break;
      for (const email of batch) {
        tried.push(email.id);
        const outcome = await sendOne(db, transport, mail.emailFrom, email);
        result[outcome] += 1;
      }
    }
  } finally {
    transport.close();
  }
  return result;
}

/** Sends one claimed email and records the outcome on its row. */
async function sendOne(
  db: Kysely<Database>,
  transport: ReturnType<typeof nodemailer.createTransport>,
  from: string,
  email: ClaimedEmail,
): Promise<'sent' | 'retrying' | 'failed'> {
  try {
    await transport.sendMail({ from, to: email.to_address, subject: email.subject, text: email.body_text });
    await markEmailSent(db, email.id);
    return 'sent';
  } catch (e) {
    const last = email.attempts >= MAX_ATTEMPTS;
    await markEmailAttemptFailed(db, email.id, last ? 'failed' : 'queued', safeError(e));
    return last ? 'failed' : 'retrying';
  }
}

/** The error's code and message, with anything like an email address masked, at most 500 characters. */
export function safeError(e: unknown): string {
  const err = e as { code?: unknown; responseCode?: unknown; message?: unknown };
  const text = [err.code, err.responseCode, typeof err.message === 'string' ? err.message : String(e)]
    .filter((x) => x !== undefined && x !== null && x !== '')
    .join(' ');
  return text.replace(/[^\s<>"'@]+@[^\s<>"'@]+/g, '[address]').slice(0, 500);
}
