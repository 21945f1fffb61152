import {
  booleanVariable,
  choiceVariable,
  type ConfigVariable,
  hostPortListVariable,
  identifierVariable,
  integerVariable,
  listVariable,
  portVariable,
  textVariable,
  urlVariable,
} from './config-variable.js';
import { ConfigurationError, EnvReader } from './env-reader.js';

const about = { description: 'test', readBy: ['reception'] as const };

function read<T>(variable: ConfigVariable<T>, text?: string): { value: T } | { problem: string } {
  const reader = new EnvReader(text === undefined ? {} : { [variable.name]: text }, 'reception');
  const value = reader.value(variable);
  try {
    reader.done();
    return { value };
  } catch (error) {
    return { problem: (error as ConfigurationError).problems.join('; ') };
  }
}

describe('EnvReader', () => {
  const WHOLE = integerVariable({ ...about, name: 'WHOLE', default: { value: 5 }, min: 1, max: 10 });

  it('gives the default when a variable is unset or blank, and the value trimmed when set', () => {
    expect(read(WHOLE)).toEqual({ value: 5 });
    expect(read(WHOLE, '  ')).toEqual({ value: 5 });
    expect(read(WHOLE, ' 7 ')).toEqual({ value: 7 });
  });

  it('names the variable, its value and what was expected', () => {
    expect(read(WHOLE, '11')).toEqual({ problem: 'WHOLE="11" must be a whole number from 1 to 10' });
    expect(read(WHOLE, '2.5')).toEqual({ problem: 'WHOLE="2.5" must be a whole number from 1 to 10' });
    expect(read(portVariable({ ...about, name: 'P', default: { value: 1 } }), 'abc')).toEqual({
      problem: 'P="abc" must be a whole number from 0 to 65535',
    });
  });

  it('keeps the problem on one line whatever the value holds', () => {
    expect(read(WHOLE, 'a\nb')).toEqual({ problem: 'WHOLE="a\\nb" must be a whole number from 1 to 10' });
    expect(new ConfigurationError(['A="1" x', 'B="2" y']).message).toBe(
      'invalid configuration: A="1" x; B="2" y',
    );
  });

  it('reads booleans, choices, lists, identifiers and patterns', () => {
    const FLAG = booleanVariable({ ...about, name: 'FLAG', default: { value: false } });
    expect(read(FLAG, 'Yes')).toEqual({ value: true });
    expect(read(FLAG, '0')).toEqual({ value: false });
    expect(read(FLAG, 'maybe')).toEqual({ problem: 'FLAG="maybe" must be true or false' });
    const LEVEL = choiceVariable({ ...about, name: 'LEVEL', default: { value: 'a' }, choices: ['a', 'b'] });
    expect(read(LEVEL, 'c')).toEqual({ problem: 'LEVEL="c" must be one of a, b' });
    const HOSTS = hostPortListVariable({ ...about, name: 'HOSTS', default: { value: ['h:1'] } });
    expect(read(HOSTS, 'a:1,[::1]:2')).toEqual({ value: ['a:1', '[::1]:2'] });
    expect(read(HOSTS, ',')).toEqual({ problem: 'HOSTS="," must be a comma-separated list of host:port' });
    const SCHEMA = identifierVariable({ ...about, name: 'SCHEMA', default: { value: 's' } });
    expect(read(SCHEMA, 'Drop;')).toEqual({
      problem: 'SCHEMA="Drop;" must be a lower-case SQL identifier (letters, digits, _)',
    });
    const CODE = textVariable({
      ...about,
      name: 'CODE',
      default: { value: '' },
      pattern: /^\d+$/,
      expected: 'digits',
    });
    expect(read(CODE, '12')).toEqual({ value: '12' });
    expect(read(CODE, 'x')).toEqual({ problem: 'CODE="x" must be digits' });
  });

  it('masks the password of a sensitive URL it reports', () => {
    const DB = urlVariable({
      ...about,
      name: 'DB',
      default: { value: 'postgres://h/d' },
      protocols: ['postgres:'],
      sensitive: true,
    });
    expect(read(DB, 'mysql://me:secret@h/d')).toEqual({
      problem: 'DB="mysql://me:***@h/d" must be a URL starting postgres://',
    });
    expect(read(DB, 'not a url')).toEqual({ problem: 'DB="not a url" must be a URL starting postgres://' });
  });

  it('picks the per-service default for the service it reads for', () => {
    const PORT = portVariable({
      ...about,
      name: 'PORT',
      default: { perService: { settlement: 1, reception: 2, 'care-centres': 3 } },
    });
    expect(new EnvReader({}, 'care-centres').value(PORT)).toBe(3);
    expect(() => new EnvReader({}).value(PORT)).toThrow('PORT has no single default');
    expect(new EnvReader({}).optional(PORT)).toBeUndefined();
  });

  it('reads a list item by item, refusing it whole for one bad item', () => {
    const CODES = listVariable({
      ...about,
      name: 'CODES',
      default: { value: [] },
      item: (text) => (/^\d{4}$/.test(text) ? text : undefined),
      expected: 'four-digit codes, comma-separated',
    });
    expect(read(CODES)).toEqual({ value: [] });
    expect(read(CODES, ' 0301 , 4601,')).toEqual({ value: ['0301', '4601'] });
    expect(read(CODES, '0301,x')).toEqual({
      problem: 'CODES="0301,x" must be four-digit codes, comma-separated',
    });
  });

  it('never shows the value of a secret, and reports problems of several variables with the others', () => {
    const KEY = textVariable({ ...about, name: 'KEY', default: { value: '' }, pattern: /^k-/, secret: true });
    const reader = new EnvReader({ KEY: 'hunter2', WHOLE: '0' });
    reader.optional(KEY);
    reader.optional(WHOLE);
    reader.report('KEY needs WHOLE');
    expect(() => reader.done()).toThrow(
      'invalid configuration: KEY=(hidden) must be text; WHOLE="0" must be a whole number from 1 to 10; KEY needs WHOLE',
    );
  });
});
