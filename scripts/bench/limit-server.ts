// The limit: a bare Node `http` server that answers every request with fixed bytes, the same
// bytes and content type as the app's response. No framework, no database, no rendering: what
// this machine's Node serves at most, for our throughput to be read as a share of it.
// Usage: node --import tsx scripts/bench/limit-server.ts PORT BODY_FILE CONTENT_TYPE
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [port, bodyFile, contentType] = process.argv.slice(2);
const body = readFileSync(bodyFile);
const headers = { "content-type": contentType, "content-length": String(body.length) };

createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
}).listen(Number(port), "127.0.0.1");
