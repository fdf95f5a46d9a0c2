// The 20-line Node reverse proxy used as a floor for a Node.js gateway: node bench/node-proxy.mjs PORT UPSTREAM_PORT
import http from 'node:http';
const [port, upPort] = process.argv.slice(2).map(Number);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1024 });
const HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);
const strip = (h) => { const o = {}; for (const k in h) if (!HOP.has(k)) o[k] = h[k]; return o; };
http.createServer((req, res) => {
  const up = http.request({ host: '127.0.0.1', port: upPort, agent, method: req.method, path: req.url, headers: strip(req.headers) }, (ur) => {
    res.writeHead(ur.statusCode, strip(ur.headers));
    ur.pipe(res);
  });
  up.on('error', () => { if (!res.headersSent) res.writeHead(502); res.end(); });
  req.pipe(up);
}).listen(port, '127.0.0.1', () => process.stdout.write(JSON.stringify({ event: 'listening', url: `http://127.0.0.1:${port}/v1` }) + '\n'));
