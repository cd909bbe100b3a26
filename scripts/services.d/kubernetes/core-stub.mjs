// Stands in for the parts of a kube-apiserver that apiextensions-apiserver
// delegates to, so that it runs alone:
// - TokenReview: the one token of the kubeconfig is a cluster admin (group
//   system:masters, which the server authorizes itself); any other is refused.
// - SubjectAccessReview: nobody else may do anything.
// - Services (for its conversion-webhook resolver's informer): there are none.
//
// Usage: node core-stub.mjs <port> <token file>
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { timingSafeEqual } from 'node:crypto';

const [port, tokenFile] = process.argv.slice(2);
const token = Buffer.from(readFileSync(tokenFile, 'utf8').trim());

function valid(candidate) {
  const given = Buffer.from(String(candidate ?? ''));
  return given.length === token.length && timingSafeEqual(given, token);
}

function review(status) {
  return (req, res) => {
    let body = '';
    req.on('data', chunk => (body += chunk));
    req.on('end', () => {
      try {
        const request = JSON.parse(body);
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ...request, status: status(request) }));
      } catch {
        res.writeHead(400).end();
      }
    });
  };
}

const tokenReview = review(request =>
  valid(request.spec?.token)
    ? {
        authenticated: true,
        user: {
          username: 'harvester-test-admin',
          uid: 'harvester-test-admin',
          groups: ['system:masters', 'system:authenticated'],
        },
      }
    : { authenticated: false, error: 'unknown token' },
);

const accessReview = review(() => ({
  allowed: false,
  reason: 'only the kubeconfig token is authorized',
}));

function services(url, res) {
  const emptyList = {
    apiVersion: 'v1',
    kind: 'ServiceList',
    metadata: { resourceVersion: '1' },
    items: [],
  };
  if (url.searchParams.get('watch') !== 'true') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(emptyList));
    return;
  }
  // A watch that never has an event; a streaming list ends its initial events at once.
  res.writeHead(200, {
    'content-type': 'application/json',
    'transfer-encoding': 'chunked',
  });
  if (url.searchParams.get('sendInitialEvents') === 'true') {
    const bookmark = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        resourceVersion: '1',
        annotations: { 'k8s.io/initial-events-end': 'true' },
      },
    };
    res.write(`${JSON.stringify({ type: 'BOOKMARK', object: bookmark })}\n`);
  } else {
    res.flushHeaders();
  }
  const seconds = Number(url.searchParams.get('timeoutSeconds')) || 300;
  const timer = setTimeout(() => res.end(), seconds * 1000);
  res.on('close', () => clearTimeout(timer));
}

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (req.method === 'GET' && url.pathname === '/healthz') {
    res.end('ok');
  } else if (
    req.method === 'POST' &&
    url.pathname === '/apis/authentication.k8s.io/v1/tokenreviews'
  ) {
    tokenReview(req, res);
  } else if (
    req.method === 'POST' &&
    url.pathname === '/apis/authorization.k8s.io/v1/subjectaccessreviews'
  ) {
    accessReview(req, res);
  } else if (req.method === 'GET' && url.pathname === '/api/v1/services') {
    services(url, res);
  } else {
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Status',
        status: 'Failure',
        reason: 'NotFound',
        code: 404,
      }),
    );
  }
});

server.listen(Number(port), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
