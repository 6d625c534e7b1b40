/**
 * The baseline: a bare node:http server answering every request with a fixed JSON body — the
 * emulator's own GET /inboxes response bytes, so both send the same payload. It runs as a child
 * process, like the emulator, with the same keep-alive timeout.
 *
 *   node bench/bare-server.mjs <port> <body-file>
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const [port, bodyFile] = process.argv.slice(2);
const body = readFileSync(bodyFile);
const headers = { 'content-type': 'application/json; charset=utf-8', 'content-length': String(body.length) };

const server = createServer({ keepAliveTimeout: 65_000 }, (req, res) => {
  // Drain any request body so keep-alive connections stay usable.
  req.resume();
  res.writeHead(200, headers);
  res.end(body);
});
server.listen(Number(port), '127.0.0.1');
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
