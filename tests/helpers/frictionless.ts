import { Ajv } from 'ajv';
import { standard } from './standards.ts';

/** The Data Package 2.0 profiles, as published: JSON Schemas (draft-07) of a package and a table schema. */
type Profile = 'datapackage' | 'tableschema';

const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const validators = new Map<Profile, ReturnType<typeof ajv.compile>>();

export function profileFaults(profile: Profile, value: unknown): string[] {
  let validate = validators.get(profile);
  if (!validate) {
    validate = ajv.compile(JSON.parse(standard(`frictionless-2.0-${profile}.json`)));
    validators.set(profile, validate);
  }
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
