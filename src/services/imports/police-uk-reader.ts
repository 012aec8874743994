/**
 * Reading a police.uk street-level file: the bytes from a path, buffer or stream, then its CSV
 * records (papaparse) with their line numbers. A problem with the file as a whole — unreadable,
 * empty, not CSV, wrong header, a record with the wrong number of fields — is a
 * `PoliceUkFileError`, and the import stores nothing from that file.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { checkHeader, POLICE_UK_COLUMNS } from '../../domain/imports/police-uk.js';

/** A file to import: a path, or a named file on disk, buffer or stream (e.g. an upload). */
export type PoliceUkInput =
  string | { name: string; path: string } | { name: string; buffer: Buffer } | { name: string; stream: AsyncIterable<Buffer | string> };

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
    const line = buffer
      .subarray(0, end === -1 ? bytesRead : end)
      .toString('utf8')
      .replace(/\r$/, '');
    let fields: string[];
    try {
      const parsed = Papa.parse<string[]>(line.replace(/^\uFEFF/, ''), { delimiter: ',' });
      if (parsed.errors.some((e) => e.type === 'Quotes')) throw new Error('not CSV');
      fields = parsed.data[0] ?? [];
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
 * Parses `bytes` as a police.uk street-level CSV (CRLF or LF, optional BOM, blank lines
 * ignored) with papaparse, checks the header, and calls `onRecord(fields, line)` for each data
 * row in file order; `line` is the row's line in the file (header = line 1; exact unless a
 * field holds a line break, which police.uk files never do). The file is parsed in slices of
 * 64 KB; between slices `onSlice` is called and the event loop runs, so a server stays
 * responsive.
 * @returns the number of data rows.
 * @throws PoliceUkFileError for an empty file, a CSV syntax error (an unclosed quote), a wrong
 *   header, or a record whose number of fields is not 12 (a truncated or damaged file: better
 *   to stop than to import part of it).
 */
export async function forEachRecord(
  bytes: Buffer,
  onRecord: (fields: string[], line: number) => void,
  onSlice: () => void = () => {},
): Promise<number> {
  if (bytes.length === 0) throw new PoliceUkFileError('The file is empty');
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let line = 0;
  let failure: PoliceUkFileError | null = null;
  await new Promise<void>((resolve) => {
    Papa.parse<string[]>(text, {
      delimiter: ',',
      skipEmptyLines: true,
      chunkSize: SLICE,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        const syntax = results.errors.find((e: Papa.ParseError) => e.type === 'Quotes');
        if (syntax) failure ??= new PoliceUkFileError(`The file could not be read as CSV: ${syntax.message} (row ${syntax.row ?? '?'})`);
        for (const record of results.data) {
          if (failure) break;
          line++;
          if (line === 1) {
            const problem = checkHeader(record);
            if (problem) failure = new PoliceUkFileError(`${NOT_POLICE_UK} ${problem}`);
          } else if (record.length !== POLICE_UK_COLUMNS.length) {
            failure = new PoliceUkFileError(
              `Line ${line} has ${record.length} fields instead of ${POLICE_UK_COLUMNS.length}. The file may be truncated or damaged: download it again`,
            );
          } else {
            onRecord(record, line);
          }
        }
        if (failure) {
          parser.abort();
          return;
        }
        parser.pause();
        setImmediate(() => {
          onSlice();
          parser.resume();
        });
      },
      complete: () => resolve(),
    });
  });
  if (failure) throw failure;
  if (line === 0) throw new PoliceUkFileError('The file is empty');
  return line - 1;
}
