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
import { sql, type Kysely } from 'kysely';
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { Database } from '../../db/schema.js';

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

const expired = sql<boolean>`claimed_at < now() - make_interval(mins => ${CLAIM_EXPIRES_MINUTES})`;

/**
 * Sends (or moves to the outbox) up to `limit` queued emails, oldest first; an email that fails
 * is tried again on a later run, not this one. Never throws for an SMTP failure: the email row
 * records it.
 */
export async function sendQueuedEmails(db: Kysely<Database>, mail: MailSettings, opts: { limit?: number } = {}): Promise<SendResult> {
  const limit = opts.limit ?? 200;
  const result: SendResult = { sent: 0, retrying: 0, failed: 0, outbox: 0 };
  await failAbandoned(db);
  if (!mail.smtpUrl) {
    result.outbox = await toOutbox(db, limit);
    return result;
  }
  const options: SMTPTransport.Options = { url: mail.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };
  const transport = nodemailer.createTransport(options);
  const tried: string[] = [];
  try {
    while (tried.length < limit) {
      const batch = await claim(db, Math.min(BATCH, limit - tried.length), tried);
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

interface ClaimedEmail {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  attempts: number;
  created_at: Date;
}

/** Claims up to `n` emails (queued, or 'sending' under an expired claim), not among `skip`. One statement. */
async function claim(db: Kysely<Database>, n: number, skip: readonly string[]): Promise<ClaimedEmail[]> {
  return (
    db
      .updateTable('emails')
      .set((eb) => ({ status: 'sending', claimed_at: sql<Date>`now()`, attempts: eb('attempts', '+', 1) }))
      .where('id', 'in', (eb) => {
        let q = eb
          .selectFrom('emails')
          .select('id')
          .where((w) =>
            w.or([w('status', '=', 'queued'), w.and([w('status', '=', 'sending'), expired, w('attempts', '<', MAX_ATTEMPTS)])]),
          );
        if (skip.length) q = q.where('id', '<>', sql<string>`all(${[...skip]}::uuid[])`);
        return q.orderBy('created_at').orderBy('id').limit(n).forUpdate().skipLocked();
      })
      .returning(['id', 'to_address', 'subject', 'body_text', 'attempts', 'created_at'])
      .execute()
      // RETURNING keeps no order: oldest first, as claimed.
      .then((rows) => rows.sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || a.id.localeCompare(b.id)))
  );
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
    await db
      .updateTable('emails')
      .set({ status: 'sent', sent_at: new Date(), claimed_at: null, error: null })
      .where('id', '=', email.id)
      .execute();
    return 'sent';
  } catch (e) {
    const last = email.attempts >= MAX_ATTEMPTS;
    await db
      .updateTable('emails')
      .set({ status: last ? 'failed' : 'queued', claimed_at: null, error: safeError(e) })
      .where('id', '=', email.id)
      .execute();
    return last ? 'failed' : 'retrying';
  }
}

/** Fails emails whose last attempt's sender died mid-send (claim expired, no attempts left). */
async function failAbandoned(db: Kysely<Database>): Promise<void> {
  await db
    .updateTable('emails')
    .set({ status: 'failed', claimed_at: null, error: 'Sending did not finish' })
    .where('status', '=', 'sending')
    .where(expired)
    .where('attempts', '>=', MAX_ATTEMPTS)
    .execute();
}

/** Moves queued emails (and any left 'sending' by a sender that died) to the outbox, claiming them like the sender does. */
async function toOutbox(db: Kysely<Database>, limit: number): Promise<number> {
  const moved = await db
    .updateTable('emails')
    .set({ status: 'outbox', claimed_at: null })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('emails')
        .select('id')
        .where((w) => w.or([w('status', '=', 'queued'), w.and([w('status', '=', 'sending'), expired])]))
        .orderBy('created_at')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning('id')
    .execute();
  return moved.length;
}

/** The error's code and message, with anything like an email address masked, at most 500 characters. */
export function safeError(e: unknown): string {
  const err = e as { code?: unknown; responseCode?: unknown; message?: unknown };
  const text = [err.code, err.responseCode, typeof err.message === 'string' ? err.message : String(e)]
    .filter((x) => x !== undefined && x !== null && x !== '')
    .join(' ');
  return text.replace(/[^\s<>"'@]+@[^\s<>"'@]+/g, '[address]').slice(0, 500);
}
