import 'reflect-metadata';

import { getMetadataStorage } from 'class-validator';

type ValidationMetadata = ReturnType<
  ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']
>[number];

/** Validators that bound a string's length by themselves: an explicit maximum, a closed set, a fixed format. */
const BOUNDING_VALIDATORS = new Set(['maxLength', 'length', 'isIn', 'isEnum', 'isCalendarDate', 'isUUID']);

/** Validators that accept strings only: a property with one of them is a string field. */
const STRING_VALIDATORS = new Set([
  'isString',
  'matches',
  'isUrl',
  'isISO8601',
  'isDateString',
  'isEmail',
  'isCalendarDate',
  'isUUID',
]);

/** A class whose instances carry the validated fields of a request. */
export type DtoClass = abstract new (...args: never[]) => object;

export interface UnboundedField {
  dto: string;
  property: string;
  problem: 'a string without a maximum length' | 'an array without a maximum size';
}

/** An anchored pattern without `*`, `+` or an open `{n,}` matches strings of a bounded length only. */
function boundedPattern(pattern: unknown): boolean {
  // Not `instanceof RegExp`: the pattern may come from another realm (a test runner's module context).
  if (Object.prototype.toString.call(pattern) !== '[object RegExp]') return false;
  const { source } = pattern as RegExp;
  return source.startsWith('^') && source.endsWith('$') && !/[*+]|\{\d*,\}/.test(source);
}

function bounds(metadata: ValidationMetadata): boolean {
  if (metadata.name === 'matches') return boundedPattern(metadata.constraints?.[0]);
  return metadata.name !== undefined && BOUNDING_VALIDATORS.has(metadata.name);
}

/** Every class that carries class-validator rules: the DTOs of bodies, queries and route parameters. */
export function validatedClasses(): DtoClass[] {
  const storage = getMetadataStorage() as unknown as { validationMetadatas?: Map<DtoClass, unknown> };
  if (!(storage.validationMetadatas instanceof Map))
    throw new Error("class-validator's metadata storage has changed: update validatedClasses()");
  return [...storage.validationMetadatas.keys()];
}

/**
 * The fields of these DTO classes that accept a string of any length or an array of any size: each string
 * field needs a maximum length (or a rule that bounds it: a closed set, a fixed format) and each array a maximum
 * size, so no request can make a service validate, store or log an unbounded value.
 */
export function unboundedDtoFields(classes: readonly DtoClass[] = validatedClasses()): UnboundedField[] {
  const storage = getMetadataStorage();
  return classes.flatMap((dto) => {
    const byProperty = storage.groupByPropertyName(
      storage.getTargetValidationMetadatas(dto, '', false, false),
    );
    return Object.entries(byProperty).flatMap(([property, rules]): UnboundedField[] => {
      const type: unknown = Reflect.getMetadata('design:type', dto.prototype as object, property);
      const named = (name: string) => rules.some((rule) => rule.name === name);
      const problems: UnboundedField[] = [];
      const isArray = type === Array || named('isArray');
      if (isArray && !named('arrayMaxSize'))
        problems.push({ dto: dto.name, property, problem: 'an array without a maximum size' });
      // The rules for a string: the property's own, or for an array those applied to each element.
      const stringRules = rules.filter((rule) => Boolean(rule.each) === isArray);
      const isString =
        (type === String && !isArray) ||
        stringRules.some((rule) => rule.name !== undefined && STRING_VALIDATORS.has(rule.name));
      if (isString && !stringRules.some(bounds))
        problems.push({ dto: dto.name, property, problem: 'a string without a maximum length' });
      return problems;
    });
  });
}
