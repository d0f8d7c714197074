// Small real files for upload tests, and a throwaway HTTP server that hands them out (directlinejs fetches attachments by URL).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A 1×1 PNG. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export const TINY_PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

export interface FixtureServer {
  urlOf(name: string): string;
  close(): Promise<void>;
}

export async function serveFixtures(files: Record<string, { content: Buffer; contentType: string }>): Promise<FixtureServer> {
  const server = createServer((request, response) => {
    const file = files[(request.url ?? '/').slice(1)];
    if (file === undefined) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': file.contentType, 'Access-Control-Allow-Origin': '*' }).end(file.content);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    urlOf: (name) => `http://127.0.0.1:${port}/${name}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A multipart body as directlinejs builds it: an `activity` part, then one `file` part per file. */
export function uploadForm(activity: object, files: Array<{ name: string; content: Buffer; contentType: string }>): FormData {
  const form = new FormData();
  form.append('activity', new Blob([JSON.stringify(activity)], { type: 'application/vnd.microsoft.activity' }));
  for (const file of files) form.append('file', new Blob([new Uint8Array(file.content)], { type: file.contentType }), file.name);
  return form;
}
