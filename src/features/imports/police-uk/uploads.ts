/**
 * Saves the files of a multipart upload (field `files`, any number up to the configured limit)
 * into a folder, checking names and sizes as they arrive. Messages follow the GOV.UK file
 * upload pattern.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import type { UploadedFile } from '../../../services/imports/police-uk-job.js';

export const MESSAGES = {
  none: 'Select a police.uk street-level CSV file',
  notCsv: (name: string) => `${name} must be a CSV file`,
  tooBig: (name: string, mb: number) => `${name} must be smaller than ${mb} MB`,
  tooMany: (n: number) => `Select up to ${n} files at a time`,
  empty: (name: string) => `${name} is empty`,
};

export type SavedUploads = { ok: true; files: UploadedFile[] } | { ok: false; message: string };

/**
 * Streams each uploaded file to `dir` as `<n>.csv`, keeping the user's file name (base name only).
 * @returns the saved files, or the first problem: no file chosen, not a .csv, too large, empty,
 *   too many files.
 */
export async function saveUploads(
  request: FastifyRequest,
  dir: string,
  limits: { maxBytes: number; maxFiles: number },
): Promise<SavedUploads> {
  if (!request.isMultipart()) return { ok: false, message: MESSAGES.none };
  const files: UploadedFile[] = [];
  let problem: string | null = null;
  let current = 'The selected file';
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
      const name = path.basename(part.filename ?? '');
      if (!name || problem || !/\.csv$/i.test(name)) {
        if (name && !problem) problem = MESSAGES.notCsv(name);
        part.file.resume();
        continue;
      }
      current = name;
      const target = path.join(dir, `${files.length}.csv`);
      await pipeline(part.file, fs.createWriteStream(target));
      if (fs.statSync(target).size === 0) problem = MESSAGES.empty(name);
      files.push({ name, path: target });
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') return { ok: false, message: MESSAGES.tooBig(current, Math.round(limits.maxBytes / 1048576)) };
    if (code === 'FST_FILES_LIMIT') return { ok: false, message: MESSAGES.tooMany(limits.maxFiles) };
    throw err;
  }
  if (problem) return { ok: false, message: problem };
  if (files.length === 0) return { ok: false, message: MESSAGES.none };
  return { ok: true, files };
}
