// A stranger's website on another origin that embeds the chat with the one-line widget script.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostPage {
  url: string;
  close(): Promise<void>;
}

export async function serveHostPage(chatBaseUrl: string): Promise<HostPage> {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Acme Security Supplies</title>
<style>body{font-family:Georgia,serif;margin:0;background:#faf7f2;color:#333}header{padding:28px 40px;background:#2d2a26;color:#f3e9d8}
main{padding:40px;max-width:720px}p{line-height:1.6}</style></head>
<body><header><h1>Acme Security Supplies</h1></header>
<main><h2>Installers of NetPosa cameras since 2012</h2><p>Browse our catalogue or ask NetPosa's service team about warranty and repairs.</p></main>
<script src="${chatBaseUrl}/widget.js" data-lang="en" async></script>
</body></html>`;
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  // "localhost" rather than 127.0.0.1: another origin than the chat server's, as on a real third-party site.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
