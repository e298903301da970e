import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import openapi from '../../src/api/openapi.json' with { type: 'json' };

const documentId = 'openapi.json';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
// The schemas are registered where openapi.json keeps them, so its own `#/components/...`
// references resolve unchanged: the document stays the only definition of every body.
ajv.addKeyword('components');
ajv.addSchema({ $id: documentId, components: openapi.components });

/** The validator of a schema of openapi.json, by its reference (`#/components/schemas/DataSource`). */
export function contractSchema(reference: string): ValidateFunction {
  const validate = ajv.getSchema(`${documentId}${reference}`);
  if (!validate) throw new Error(`openapi.json has no schema at ${reference}.`);
  return validate;
}

/** A validator for a schema that is not part of the contract (the demo-only session endpoint). */
export function compileSchema(schema: object): ValidateFunction {
  return ajv.compile(schema);
}

/** Why a value failed its validator, in a sentence fit for an error message. */
export function describeValidationErrors(validate: ValidateFunction, dataVar: string): string {
  return ajv.errorsText(validate.errors, { dataVar });
}
