// Packs model weights as base64 doubles: exact, a third the size of JSON numbers, and decoded without parsing each one.

export function encodeFloat64(values: Float64Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

export function decodeFloat64(encoded: string): Float64Array {
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.byteLength % Float64Array.BYTES_PER_ELEMENT !== 0) throw new Error('decodeFloat64: not a whole number of doubles');
  // Copied into a fresh buffer: Buffer.from may return a slice of a shared pool that is not 8-byte aligned.
  const aligned = new Uint8Array(bytes);
  return new Float64Array(aligned.buffer, 0, bytes.byteLength / Float64Array.BYTES_PER_ELEMENT);
}
