/** A JSON Schema (draft 2020-12 subset as understood by ajv); kept as plain data so it can be published. */
export type JsonSchema = Record<string, unknown>;
