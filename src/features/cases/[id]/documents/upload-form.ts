/**
 * Reads the document upload form (multipart: the `documentType` field and one file in `file`)
 * into memory, cutting the file off at the configured limit. The file's checks (allow-list,
 * content, size) are the service's; this reports only what the stream itself can tell: no file
 * chosen, more than one file, or too large.
 */
import path from 'node:path';
import type { FastifyRequest } from 'fastify';
import { tooLargeMessage } from '../../../../domain/cases/documents.js';

export type UploadForm =
  | { ok: true; documentType: string; fileName: string; content: Buffer }
  | { ok: false; documentType: string; field: 'file' | 'documentType'; message: string };

/** @param maxBytes config.documentMaxBytes: the stream stops there and the upload is refused. */
export async function readUploadForm(request: FastifyRequest, maxBytes: number): Promise<UploadForm> {
  let documentType = '';
  let file: { name: string; content: Buffer } | undefined;
  if (!request.isMultipart()) return { ok: false, documentType, field: 'file', message: 'Select a file' };
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1 } })) {
      if (part.type === 'field') {
        if (part.fieldname === 'documentType' && typeof part.value === 'string') documentType = part.value;
        continue;
      }
      const name = path.basename(part.filename ?? '');
      if (part.fieldname !== 'file' || !name) {
        part.file.resume();
        continue;
      }
      file = { name, content: await part.toBuffer() };
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') return { ok: false, documentType, field: 'file', message: tooLargeMessage(maxBytes) };
    if (code === 'FST_FILES_LIMIT') return { ok: false, documentType, field: 'file', message: 'Select one file at a time' };
    throw err;
  }
  if (!file) return { ok: false, documentType, field: 'file', message: 'Select a file' };
  return { ok: true, documentType, fileName: file.name, content: file.content };
}
