/**
 * Case documents (issue 4: "Notes and documents (upload with type and size limits … with a
 * checksum)"): the document types staff choose from, the file types Concord accepts, and the
 * checks on an uploaded file. Pure: the caller passes the file's name and bytes.
 *
 * A file is accepted only when its extension is on the allow-list AND its first bytes are what
 * that format starts with ("magic bytes"), so a renamed executable or web page is refused. The
 * content type stored (and sent back on download) comes from this table, never from the browser.
 * Plain text has no magic bytes: it must be valid UTF-8 with no control characters other than
 * tab, line feed, carriage return and form feed.
 */

export type DocumentType = 'statement' | 'photo' | 'letter' | 'report' | 'other';

/** The document types, in the order the select list shows them. */
export const DOCUMENT_TYPES: readonly { code: DocumentType; name: string }[] = [
  { code: 'statement', name: 'Statement' },
  { code: 'photo', name: 'Photograph' },
  { code: 'letter', name: 'Letter' },
  { code: 'report', name: 'Report' },
  { code: 'other', name: 'Other' },
];

export function isDocumentType(value: string): value is DocumentType {
  return DOCUMENT_TYPES.some((t) => t.code === value);
}

/** The type's name ('Photograph'), or the stored code when it is not in the list. */
export function documentTypeName(code: string): string {
  return DOCUMENT_TYPES.find((t) => t.code === code)?.name ?? code;
}

interface FileKind {
  extensions: readonly string[];
  contentType: string;
  /** True when the bytes start as this format must. */
  sniff: (bytes: Uint8Array) => boolean;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const PDF = ascii('%PDF-');
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
// OpenDocument: the first ZIP entry is the uncompressed file "mimetype" holding the media type,
// so the type's name sits at byte 38 (30-byte header + 8-byte name).
const ODT_MIMETYPE = ascii('mimetypeapplication/vnd.oasis.opendocument.text');

/** Valid UTF-8 with no NUL or other control characters except \t \n \f \r. */
export function isPlainText(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The accepted file types (the allow-list). */
export const FILE_KINDS: readonly FileKind[] = [
  { extensions: ['pdf'], contentType: 'application/pdf', sniff: (b) => startsWith(b, PDF) },
  {
    extensions: ['docx'],
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    sniff: (b) => startsWith(b, ZIP),
  },
  { extensions: ['doc'], contentType: 'application/msword', sniff: (b) => startsWith(b, OLE) },
  {
    extensions: ['odt'],
    contentType: 'application/vnd.oasis.opendocument.text',
    sniff: (b) => startsWith(b, ZIP) && startsWith(b, ODT_MIMETYPE, 30),
  },
  { extensions: ['txt'], contentType: 'text/plain; charset=utf-8', sniff: isPlainText },
  { extensions: ['jpg', 'jpeg'], contentType: 'image/jpeg', sniff: (b) => startsWith(b, JPEG) },
  { extensions: ['png'], contentType: 'image/png', sniff: (b) => startsWith(b, PNG) },
];

/** "PDF, DOCX, DOC, ODT, TXT, JPG or PNG": the allow-list in GOV.UK wording. */
export const ALLOWED_TYPES_TEXT = (() => {
  const names = FILE_KINDS.map((k) => k.extensions[0]!.toUpperCase());
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
})();

/** The `accept` attribute for the file input. */
export const ACCEPT_ATTRIBUTE = FILE_KINDS.flatMap((k) => k.extensions.map((e) => `.${e}`)).join(',');

/** "10 MB", "340 KB", "12 bytes": a size for people (1 MB = 1,048,576 bytes). */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trim(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KB`;
  return bytes === 1 ? '1 byte' : `${bytes} bytes`;
}

const trim = (n: number) => String(Math.round(n * 10) / 10);

/**
 * The name to keep for an uploaded file: its base name (no folders, as some browsers send),
 * without control characters, at most 200 characters (keeping the extension); 'document' when
 * nothing is left.
 */
export function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this strips
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!base) return 'document';
  if (base.length <= 200) return base;
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 && base.length - dot <= 10 ? base.slice(dot) : '';
  return base.slice(0, 200 - ext.length) + ext;
}

/** The file's extension, lower case, without the dot ('' when none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export type FileCheck = { ok: true; contentType: string; fileName: string } | { ok: false; message: string };

/**
 * Checks an uploaded file against the size limit, the allow-list and its content.
 * @param maxBytes the configured limit (DOCUMENT_MAX_BYTES), in bytes; a file of exactly this size is accepted.
 * @returns the cleaned file name and the content type to store, or the first problem in the
 *   GOV.UK file upload pattern's wording ("The selected file must be smaller than 10 MB").
 */
export function checkDocumentFile(fileName: string, bytes: Uint8Array, maxBytes: number): FileCheck {
  const name = cleanFileName(fileName);
  if (bytes.length === 0) return { ok: false, message: 'The selected file is empty' };
  if (bytes.length > maxBytes) return { ok: false, message: tooLargeMessage(maxBytes) };
  const kind = FILE_KINDS.find((k) => k.extensions.includes(extensionOf(name)));
  if (!kind) return { ok: false, message: `The selected file must be a ${ALLOWED_TYPES_TEXT}` };
  if (!kind.sniff(bytes)) {
    return {
      ok: false,
      message: `The selected file is not a real ${extensionOf(name).toUpperCase()} file: its contents do not match its name`,
    };
  }
  return { ok: true, contentType: kind.contentType, fileName: name };
}

/** The message for a file over the limit (also used when the upload stream is cut off at it). */
export function tooLargeMessage(maxBytes: number): string {
  return `The selected file must be smaller than ${sizeText(maxBytes)}`;
}

/**
 * The Content-Disposition header for downloading `fileName`: always `attachment` (never shown
 * in the browser), with an ASCII fallback name and the exact name in RFC 5987 form.
 */
export function attachmentDisposition(fileName: string): string {
  const name = cleanFileName(fileName);
  const fallback = name.replace(/[^A-Za-z0-9._ ()-]/g, '_');
  const exact = encodeURIComponent(name).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${exact}`;
}
