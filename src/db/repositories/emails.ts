/**
 * Emails (migration 004 `emails`): queueing one, the administrators' outbox (/admin/outbox), and
 * the sender's claims and outcomes (services/email/send-queued-emails.ts). Not scoped to a
 * reader: the outbox is for holders of 'admin:outbox' (the route checks), and the sender is a
 * system task. How many attempts an email gets and when a claim expires are the sender's rules,
 * passed in.
 */
import { sql, type Selectable } from 'kysely';
import type { EmailsTable } from '../schema.js';
import type { Executor } from './audit-log.js';

/** An email's status (migration 004): 'sending' while a sender has claimed it. */
export type EmailStatus = Selectable<EmailsTable>['status'];

/** An email to queue; `organisationId` is the organisation it is about, if any. */
export interface NewEmail {
  /** What the email is for, e.g. 'weekly_compliance', 'high_risk'. */
  kind: string;
  to: string;
  subject: string;
  text: string;
  organisationId?: string | null;
}

/** Queues one email (status 'queued'), in the caller's transaction. @returns its id. */
export async function insertEmail(db: Executor, email: NewEmail): Promise<string> {
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

/** One page (1-based) of `pageSize` emails, newest first, and how many emails there are in all. */
export async function emailsPage(db: Executor, page: number, pageSize: number): Promise<{ rows: OutboxRow[]; total: number }> {
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

/** One email (by a UUID) with its text, or undefined. */
export async function findEmail(db: Executor, id: string): Promise<OutboxEmail | undefined> {
  return db
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
}

/** The sender's rules: attempts allowed, and minutes after which a claim belongs to a sender that died. */
export interface SendingRules {
  maxAttempts: number;
  claimExpiresMinutes: number;
}

/** An email claimed for sending; `attempts` counts this one. */
export interface ClaimedEmail {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  attempts: number;
  created_at: Date;
}

const claimExpired = (minutes: number) => sql<boolean>`claimed_at < now() - make_interval(mins => ${minutes})`;

/**
 * Claims up to `n` emails, oldest first, not among `skip`: queued ones, and 'sending' ones under
 * an expired claim with attempts left. One UPDATE marks them 'sending' (claimed_at now,
 * attempts + 1), choosing rows FOR UPDATE SKIP LOCKED, so two senders never claim the same email.
 * @returns the claimed emails, oldest first.
 */
export async function claimEmailsForSending(
  db: Executor,
  n: number,
  skip: readonly string[],
  rules: SendingRules,
): Promise<ClaimedEmail[]> {
  const rows = await db
    .updateTable('emails')
    .set((eb) => ({ status: 'sending', claimed_at: sql<Date>`now()`, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', (eb) => {
      let q = eb
        .selectFrom('emails')
        .select('id')
        .where((w) =>
          w.or([
            w('status', '=', 'queued'),
            w.and([w('status', '=', 'sending'), claimExpired(rules.claimExpiresMinutes), w('attempts', '<', rules.maxAttempts)]),
          ]),
        );
      if (skip.length) q = q.where('id', '<>', sql<string>`all(${[...skip]}::uuid[])`);
      return q.orderBy('created_at').orderBy('id').limit(n).forUpdate().skipLocked();
    })
    .returning(['id', 'to_address', 'subject', 'body_text', 'attempts', 'created_at'])
    .execute();
  // RETURNING keeps no order: oldest first, as claimed.
  return rows.sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || a.id.localeCompare(b.id));
}

/** Marks a claimed email sent now. */
export async function markEmailSent(db: Executor, id: string): Promise<void> {
  await db.updateTable('emails').set({ status: 'sent', sent_at: new Date(), claimed_at: null, error: null }).where('id', '=', id).execute();
}

/** Records a failed attempt: back to 'queued' for a later run, or 'failed' for good, keeping the (masked) error. */
export async function markEmailAttemptFailed(db: Executor, id: string, status: 'queued' | 'failed', error: string): Promise<void> {
  await db.updateTable('emails').set({ status, claimed_at: null, error }).where('id', '=', id).execute();
}

/** Fails the emails whose last attempt's sender died mid-send (claim expired, no attempts left). */
export async function failAbandonedEmails(db: Executor, rules: SendingRules): Promise<void> {
  await db
    .updateTable('emails')
    .set({ status: 'failed', claimed_at: null, error: 'Sending did not finish' })
    .where('status', '=', 'sending')
    .where(claimExpired(rules.claimExpiresMinutes))
    .where('attempts', '>=', rules.maxAttempts)
    .execute();
}

/**
 * Moves up to `limit` emails, oldest first, to the outbox: queued ones and any left 'sending'
 * under an expired claim, chosen FOR UPDATE SKIP LOCKED like a claim. @returns how many moved.
 */
export async function moveEmailsToOutbox(db: Executor, limit: number, rules: Pick<SendingRules, 'claimExpiresMinutes'>): Promise<number> {
  const moved = await db
    .updateTable('emails')
    .set({ status: 'outbox', claimed_at: null })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('emails')
        .select('id')
        .where((w) => w.or([w('status', '=', 'queued'), w.and([w('status', '=', 'sending'), claimExpired(rules.claimExpiresMinutes)])]))
        .orderBy('created_at')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning('id')
    .execute();
  return moved.length;
}
