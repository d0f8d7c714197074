// Recognises the files customers may upload by their first bytes, so a file is served back as what it really is.

export type AcceptedUploadType = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp' | 'application/pdf';

const SIGNATURES: ReadonlyArray<{ type: AcceptedUploadType; matches: (bytes: Buffer) => boolean }> = [
  { type: 'image/jpeg', matches: (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff]) },
  { type: 'image/png', matches: (bytes) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: 'image/gif', matches: (bytes) => bytes.subarray(0, 6).toString('latin1').match(/^GIF8[79]a$/) !== null },
  {
    type: 'image/webp',
    matches: (bytes) => bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  { type: 'application/pdf', matches: (bytes) => bytes.subarray(0, 5).toString('latin1') === '%PDF-' },
];

/** The type of an accepted file, or undefined for anything else (whatever the browser claimed it was). */
export function detectUploadType(content: Buffer): AcceptedUploadType | undefined {
  return SIGNATURES.find((signature) => signature.matches(content))?.type;
}

function startsWith(bytes: Buffer, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}
