import { ValidateBy, type ValidationOptions } from 'class-validator';

import { isCalendarDate } from '#domain';

/** A day that exists, written YYYY-MM-DD: 2026-02-28 passes, 2026-02-30 and 2026-2-28 do not. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value),
        defaultMessage: (args) => `${args?.property ?? 'value'} must be a date that exists, like 2026-11-24`,
      },
    },
    options,
  );
}
