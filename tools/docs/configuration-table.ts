import { type ConfigVariable, SERVICE_NAMES, type VariableReader } from '#platform';

import { code, table } from './markdown.js';

/** The README's configuration table, from the variables' declarations. */
export function configurationTable(variables: readonly ConfigVariable<unknown>[]): string {
  return table(
    ['variable', 'default', 'valid values', 'read by', 'meaning'],
    variables.map((variable) => [
      code(variable.name),
      defaultText(variable),
      variable.expected,
      readersText(variable.readBy),
      variable.description,
    ]),
  );
}

function defaultText(variable: ConfigVariable<unknown>): string {
  const fallback = variable.default;
  if ('derived' in fallback) return fallback.derived;
  if ('perService' in fallback)
    return SERVICE_NAMES.map(
      (service) => `${service}: ${code(variable.show(fallback.perService[service]))}`,
    ).join(', ');
  const shown = variable.show(fallback.value);
  return shown === '' ? 'empty' : code(shown);
}

function readersText(readers: readonly VariableReader[]): string {
  const everyService = SERVICE_NAMES.every((service) => readers.includes(service));
  const others = readers.filter(
    (reader) => !everyService || !(SERVICE_NAMES as readonly string[]).includes(reader),
  );
  return [...(everyService ? ['all services'] : []), ...others].join(', ');
}
