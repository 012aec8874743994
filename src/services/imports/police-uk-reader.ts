/**
 * Reading a police.uk street-level file: the bytes from a path, buffer or stream, then its CSV
 * records (csv-parse) with their line numbers. A problem with the file as a whole — unreadable,
 * empty, not CSV, wrong header, a record with the wrong number of fields — is a
 * `PoliceUkFileError`, and the import stores nothing from that file.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { Parser } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { checkHeader, POLICE_UK_COLUMNS } from '../../domain/imports/police-uk.js';

/** A file to import: a path, or a named file on disk, buffer or stream (e.g. an upload). */
export type PoliceUkInput =
  | string
  | { name: string; path: string }
  | { name: string; buffer: Buffer }
  | { name: string; stream: AsyncIterable<Buffer | string> };

/** The file cannot be imported at all; the message says why, in plain words. */
export class PoliceUkFileError extends Error {
  override name = 'PoliceUkFileError';
}

/** The file name an input is reported under (the base name of a path). */
export function inputName(input: PoliceUkInput): string {
  return typeof input === 'string' ? path.basename(input) : input.name;
}

/** Reads the whole input into memory. @throws PoliceUkFileError when it cannot be read. */
export async function readPoliceUkInput(input: PoliceUkInput): Promise<Buffer> {
  try {
    if (typeof input === 'string') return await fs.readFile(input);
    if ('path' in input) return await fs.readFile(input.path);
    if ('buffer' in input) return input.buffer;
    const chunks: Buffer[] = [];
    for await (const chunk of input.stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a folder' : (err as Error).message;
    throw new PoliceUkFileError(`The file could not be read: ${why}`);
  }
}

/** Data rows in a file, estimated from its line breaks (exact when no field holds a line break). */
export function estimateRows(bytes: Buffer): number {
  let lines = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++;
  if (bytes.length > 0 && bytes[bytes.length - 1] !== 10) lines++;
  return Math.max(0, lines - 1);
}

const SLICE = 64 * 1024;
const NOT_POLICE_UK = 'This is not a police.uk street-level CSV file.';

/**
 * Checks only the first line of a file (a quick check of an upload before the import runs).
 * @returns null when it is the police.uk header, else the reason in plain words.
 */
export async function headerProblem(filePath: string): Promise<string | null> {
  const handle = await fs.open(filePath);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(16 * 1024), 0, 16 * 1024, 0);
    if (bytesRead === 0) return 'The file is empty';
    const end = buffer.subarray(0, bytesRead).indexOf(10);
    const line = buffer.subarray(0, end === -1 ? bytesRead : end).toString('utf8').replace(/\r$/, '');
    let fields: string[];
    try {
      fields = (parseSync(line, { bom: true, relax_column_count: true, relax_quotes: true }) as string[][])[0] ?? [];
    } catch {
      return `${NOT_POLICE_UK} Its first line is not CSV`;
    }
    const problem = checkHeader(fields);
    return problem ? `${NOT_POLICE_UK} ${problem}` : null;
  } finally {
    await handle.close();
  }
}

/**
 * csv-parse's stream parser, taking each record the moment the parser produces it (a Transform
 * emits its output through `push`), with the line it ends on from the parser's documented
 * `info` counters. Records are not queued on the readable side, and no per-record info object
 * is built (the `info: true` option costs about a third of the parse time).
 */
class RecordParser extends Parser {
  constructor(private readonly onRecord: (record: string[], line: number) => void) {
    super({ relax_column_count: true, bom: true, skip_empty_lines: true });
  }

  override push(chunk: unknown, encoding?: BufferEncoding): boolean {
    if (chunk === null) return super.push(null, encoding);
    this.onRecord(chunk as string[], this.info.lines);
    return true;
  }
}

/**
 * Parses `bytes` as a police.uk street-level CSV (CRLF or LF, optional BOM, blank lines
 * ignored), checks the header, and calls `onRecord(fields, line)` for each data row in file
 * order; `line` is the 1-based line of the file where the row ends. Between slices of 64 KB it
 * calls `onSlice` and yields to the event loop, so a server stays responsive.
 * @returns the number of data rows.
 * @throws PoliceUkFileError for an empty file, a CSV syntax error, a wrong header, or a record
 *   whose number of fields is not 12 (a truncated or damaged file: better to stop than to
 *   import part of it).
 */
export async function forEachRecord(
  bytes: Buffer,
  onRecord: (fields: string[], line: number) => void,
  onSlice: () => void = () => {},
): Promise<number> {
  if (bytes.length === 0) throw new PoliceUkFileError('The file is empty');
  let rows = 0;
  let header = false;
  let failure: Error | null = null;
  const parser = new RecordParser((record, line) => {
    if (failure) return;
    if (!header) {
      header = true;
      const problem = checkHeader(record);
      if (problem) failure = new PoliceUkFileError(`${NOT_POLICE_UK} ${problem}`);
      return;
    }
    if (record.length !== POLICE_UK_COLUMNS.length) {
      failure = new PoliceUkFileError(
        `Line ${line} has ${record.length} fields instead of ${POLICE_UK_COLUMNS.length}. The file may be truncated or damaged: download it again`,
      );
      return;
    }
    rows++;
    onRecord(record, line);
  });
  const ended = new Promise<void>((resolve) => {
    parser.on('end', resolve);
    parser.on('error', (err: Error) => {
      failure ??= new PoliceUkFileError(`The file could not be read as CSV: ${err.message}`);
      resolve();
    });
  });
  parser.resume();
  for (let i = 0; i < bytes.length && !failure; i += SLICE) {
    parser.write(bytes.subarray(i, i + SLICE));
    await new Promise<void>((resolve) => setImmediate(resolve));
    onSlice();
  }
  if (!parser.destroyed) parser.end();
  await ended;
  if (failure) throw failure;
  if (!header) throw new PoliceUkFileError('The file is empty');
  return rows;
}
