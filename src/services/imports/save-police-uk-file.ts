/**
 * The second half of a police.uk import: one transaction writes a prepared file's incidents
 * and crimes in batches, its import_runs row and the audit record (counts only, never row
 * content). Rows already stored are left alone, so a repeated import adds nothing.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/access/roles.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { insertImportRun } from '../../db/repositories/police-uk-import.js';
import type { PreparedPoliceUkFile } from './prepare-police-uk-file.js';
import { BATCH_ROWS } from './police-uk-writer.js';

/** What one import did. Every data row lands in exactly one of the counts marked (*). */
export interface PoliceUkImportSummary {
  fileName: string;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
  importRunId: string;
  /** Data rows (the header excluded). */
  rowsRead: number;
  asbRows: number;
  /** (*) ASB rows stored as new incidents, and (*) those already stored by an earlier import. */
  incidentsAdded: number;
  incidentsAlreadyPresent: number;
  /** (*) Crimes stored (proxy and other), of which ASB proxies; (*) crimes already stored. */
  crimesAdded: number;
  proxyCrimesAdded: number;
  crimesAlreadyPresent: number;
  /** (*) Located rows outside LLR. */
  outsideLlr: number;
  /** (*) Rows without coordinates: they cannot be placed inside LLR. */
  withoutLocation: number;
  /** (*) Invalid rows, with a count per reason and the first few by line. */
  rejected: number;
  rejectionReasons: Record<string, number>;
  rejections: { line: number; reason: string }[];
  proxyCrimeTypes: string[];
  /** The months (YYYY-MM) of the rows read, in order. */
  months: string[];
  durationMs: number;
}

/**
 * Writes a prepared file in one transaction.
 * @param progress called with (work done, total) where total is twice the rows read: the rows
 *   were read already, and the stored ones count again as their batches are written
 * @throws on database errors (the transaction is rolled back and nothing is stored)
 */
export async function savePreparedPoliceUkFile(
  db: Kysely<Database>,
  file: PreparedPoliceUkFile,
  opts: { actor: Actor | null; proxyCrimeTypes: string[]; progress: (done: number, total: number) => void },
): Promise<PoliceUkImportSummary> {
  const { counts, incidents, crimes } = file;
  const total = 2 * counts.rowsRead;
  const toSave = incidents.length + crimes.length;
  let saved = 0;
  const saving = (n: number) => {
    saved += n;
    opts.progress(counts.rowsRead + Math.floor((counts.rowsRead * saved) / toSave), total);
  };
  opts.progress(counts.rowsRead, total);

  return db.transaction().execute(async (trx) => {
    let incidentsAdded = 0;
    let crimesAdded = 0;
    let proxyCrimesAdded = 0;
    for (let i = 0; i < incidents.length; i += BATCH_ROWS) {
      const to = Math.min(i + BATCH_ROWS, incidents.length);
      incidentsAdded += await incidents.insert(trx, i, to);
      saving(to - i);
    }
    for (let i = 0; i < crimes.length; i += BATCH_ROWS) {
      const to = Math.min(i + BATCH_ROWS, crimes.length);
      const r = await crimes.insert(trx, i, to);
      crimesAdded += r.added;
      proxyCrimesAdded += r.proxies;
      saving(to - i);
    }
    const tally = {
      rowsRead: counts.rowsRead,
      asbRows: counts.asbRows,
      incidentsAdded,
      incidentsAlreadyPresent: incidents.length - incidentsAdded,
      crimesAdded,
      proxyCrimesAdded,
      crimesAlreadyPresent: crimes.length - crimesAdded,
      outsideLlr: counts.outsideLlr,
      withoutLocation: counts.withoutLocation,
      rejected: counts.rejected,
    };
    const detail = {
      ...tally,
      rejectionReasons: counts.rejectionReasons,
      rejections: counts.rejections,
      proxyCrimeTypes: opts.proxyCrimeTypes,
      months: file.months,
    };
    const run = await insertImportRun(trx, {
      source: 'police.uk',
      fileName: file.fileName,
      fileSha256: file.sha256,
      rowsRead: counts.rowsRead,
      incidentsAdded,
      crimesAdded,
      outsideArea: counts.outsideLlr,
      rejected: counts.rejected,
      summary: detail,
      importedBy: opts.actor?.userId ?? null,
    });
    await writeAudit(trx, opts.actor, { action: 'import.police_uk', entityType: 'import_run', entityId: run.id, detail: tally });
    opts.progress(total, total);
    return { fileName: file.fileName, sha256: file.sha256, importRunId: run.id, ...detail, durationMs: Date.now() - file.startedAt };
  });
}
