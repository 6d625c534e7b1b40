// Compiling a contract's schemas with Ajv 2020 and the formats the engine registers
// (src/engine/contract.ts), but in strict-schema mode, so a misspelt keyword or an unknown format,
// which the engine would silently ignore, fails the check instead.
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const addFormats = addFormatsModule.default ?? addFormatsModule;

/** Keywords an OpenAPI 3.1 Schema Object may carry beyond JSON Schema 2020-12 (annotations only). */
const OPENAPI_KEYWORDS = ['discriminator', 'xml', 'externalDocs', 'example'];
/** The document's own top-level keys: Ajv reads the registered document's root as a schema too. */
const DOCUMENT_KEYS = [
  'openapi',
  'info',
  'jsonSchemaDialect',
  'servers',
  'paths',
  'webhooks',
  'components',
  'security',
  'tags',
];

/** An Ajv holding the whole contract under the id `contract`, so `contract#/...` refs resolve. */
export function contractAjv(contract, extra = {}) {
  const ajv = new Ajv2020({ strict: false, strictSchema: true, allErrors: true, ...extra });
  addFormats(ajv);
  for (const format of ['binary', 'int32', 'int64']) ajv.addFormat(format, true);
  const extensions = new Set();
  contract.walk((node) => {
    if (!Array.isArray(node)) for (const k of Object.keys(node)) if (k.startsWith('x-')) extensions.add(k);
  });
  for (const keyword of [...OPENAPI_KEYWORDS, ...DOCUMENT_KEYS, ...extensions])
    ajv.addKeyword({ keyword, schemaType: [] });
  ajv.addSchema(contract.doc, 'contract', undefined, false);
  return ajv;
}

/**
 * Checks every schema of the contract against the 2020-12 meta-schema and compiles it. Returns
 * the Ajv instance and `validator(pointer)`, which compiles (once) the schema at a pointer.
 */
export function compileAll(contract, fail) {
  const ajv = contractAjv(contract);
  const cache = new Map();
  const validator = (pointer) => {
    if (!cache.has(pointer)) cache.set(pointer, ajv.compile({ $ref: `contract${pointer}` }));
    return cache.get(pointer);
  };
  let compiled = 0;
  for (const pointer of contract.schemaPointers()) {
    const schema = contract.get(pointer);
    if (typeof schema !== 'boolean' && (typeof schema !== 'object' || schema === null || Array.isArray(schema))) {
      fail(`${pointer}: a schema must be an object or a boolean`);
      continue;
    }
    if (!ajv.validateSchema(schema)) {
      fail(`${pointer}: not a valid JSON Schema 2020-12: ${ajv.errorsText(ajv.errors)}`);
      continue;
    }
    try {
      validator(pointer);
      compiled++;
    } catch (e) {
      fail(`${pointer}: does not compile: ${e.message}`);
    }
  }
  return { ajv, validator, compiled };
}
