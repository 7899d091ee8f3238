import { describe, expect, it } from 'vitest';
import { QueryParamError } from '../errors.ts';
import { coerceParamValue, coerceParams, inferParamValue, isIsoDate, parseParamAssignments } from './params.ts';
import type { QueryParam } from './types.ts';

const PARAMS: QueryParam[] = [
  { name: 'actor', type: 'entity', optional: false, description: '' },
  { name: 'depth', type: 'integer', optional: true, default: 2, description: '' },
  { name: 'from', type: 'date', optional: true, description: '' },
];

describe('coerceParamValue', () => {
  it('should coerce text to each type', () => {
    expect(coerceParamValue({ name: 'n', type: 'integer' }, ' 42 ')).toBe(42);
    expect(coerceParamValue({ name: 'n', type: 'integer' }, '-3')).toBe(-3);
    expect(coerceParamValue({ name: 'x', type: 'float' }, '2.5e1')).toBe(25);
    expect(coerceParamValue({ name: 's', type: 'string' }, ' Kim ')).toBe('Kim');
    expect(coerceParamValue({ name: 'd', type: 'date' }, '2024-02-29')).toBe('2024-02-29');
    expect(coerceParamValue({ name: 'l', type: 'list' }, 'a, b,,c ')).toEqual(['a', 'b', 'c']);
    expect(coerceParamValue({ name: 'e', type: 'entity' }, 'state:ru')).toBe('state:ru');
    expect(coerceParamValue({ name: 'b', type: 'boolean' }, 'yes')).toBe(true);
    expect(coerceParamValue({ name: 'b', type: 'boolean' }, 'false')).toBe(false);
  });

  it('should take JSON values of the right type as they are', () => {
    expect(coerceParamValue({ name: 'n', type: 'integer' }, 7)).toBe(7);
    expect(coerceParamValue({ name: 'l', type: 'list' }, ['x', 1])).toEqual(['x', '1']);
    expect(coerceParamValue({ name: 'b', type: 'boolean' }, true)).toBe(true);
  });

  it('should turn empty values into null', () => {
    expect(coerceParamValue({ name: 'n', type: 'integer' }, '')).toBeNull();
    expect(coerceParamValue({ name: 'n', type: 'integer' }, undefined)).toBeNull();
  });

  it('should refuse values of the wrong type with the parameter name', () => {
    expect(() => coerceParamValue({ name: 'depth', type: 'integer' }, '2.5')).toThrow(
      '"depth" must be a whole number, not "2.5"',
    );
    expect(() => coerceParamValue({ name: 'depth', type: 'integer' }, 2.5)).toThrow(/whole number/);
    expect(() => coerceParamValue({ name: 'x', type: 'float' }, 'abc')).toThrow(/a number/);
    expect(() => coerceParamValue({ name: 'd', type: 'date' }, '2023-02-29')).toThrow(/YYYY-MM-DD/);
    expect(() => coerceParamValue({ name: 'd', type: 'date' }, '15/08/2023')).toThrow(/YYYY-MM-DD/);
    expect(() => coerceParamValue({ name: 'b', type: 'boolean' }, 'maybe')).toThrow(/true or false/);
    expect(() => coerceParamValue({ name: 'l', type: 'list' }, [{}])).toThrow(/a list/);
    expect(() => coerceParamValue({ name: 'e', type: 'entity' }, { id: 1 })).toThrow(/entity id/);
  });
});

describe('coerceParams', () => {
  it('should fill in defaults and leave optional parameters null', () => {
    expect(coerceParams('ego', PARAMS, { actor: 'state:ru' })).toEqual({ actor: 'state:ru', depth: 2, from: null });
    expect(coerceParams('ego', PARAMS, { actor: 'state:ru', depth: '3', from: '2024-01-01' })).toEqual({
      actor: 'state:ru',
      depth: 3,
      from: '2024-01-01',
    });
  });

  it('should list every problem and the expected parameters in one error', () => {
    let error: unknown;
    try {
      coerceParams('ego', PARAMS, { depth: 'x', colour: 'red' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QueryParamError);
    const message = (error as Error).message;
    expect(message).toContain('query "ego"');
    expect(message).toContain('unknown parameter "colour"');
    expect(message).toContain('missing parameter "actor"');
    expect(message).toContain('"depth" must be a whole number');
    expect(message).toContain(
      'Expected parameters: actor (entity, required), depth (integer, default 2), from (date, optional)',
    );
  });

  it('should say when a query takes no parameters', () => {
    expect(() => coerceParams('q', [], { a: '1' })).toThrow('Expected parameters: it takes no parameters.');
  });
});

describe('parseParamAssignments', () => {
  it('should split at the first =', () => {
    expect(parseParamAssignments(['a=1', 'q=x=y', 'e='])).toEqual({ a: '1', q: 'x=y', e: '' });
  });
  it('should refuse a missing key or a repeated one', () => {
    expect(() => parseParamAssignments(['=1'])).toThrow(QueryParamError);
    expect(() => parseParamAssignments(['novalue'])).toThrow(/key=value/);
    expect(() => parseParamAssignments(['a=1', 'a=2'])).toThrow(/twice/);
  });
});

describe('inferParamValue', () => {
  it('should read JSON when it parses, and text otherwise', () => {
    expect(inferParamValue('10')).toBe(10);
    expect(inferParamValue('1.5')).toBe(1.5);
    expect(inferParamValue('true')).toBe(true);
    expect(inferParamValue('["a",1]')).toEqual(['a', 1]);
    expect(inferParamValue('state:ru')).toBe('state:ru');
    expect(inferParamValue('2024-01-01')).toBe('2024-01-01');
    expect(inferParamValue('007x')).toBe('007x');
  });
});

describe('isIsoDate', () => {
  it('should know real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
  });
});

describe('ranges', () => {
  const depth: QueryParam = {
    name: 'depth',
    type: 'integer',
    optional: true,
    default: 2,
    description: '',
    min: 1,
    max: 4,
  };

  it('should refuse a value outside the range, naming the range, and accept one inside it', () => {
    expect(() => coerceParams('ego-network', [depth], { depth: 9 })).toThrow(QueryParamError);
    expect(() => coerceParams('ego-network', [depth], { depth: '9' })).toThrow(/"depth" must be from 1 to 4, not 9/);
    expect(() => coerceParams('ego-network', [depth], { depth: 0 })).toThrow(
      /depth \(integer from 1 to 4, default 2\)/,
    );
    expect(coerceParams('ego-network', [depth], { depth: '4' })).toEqual({ depth: 4 });
  });

  it('should check floats with one bound', () => {
    expect(() => coerceParamValue({ name: 'share', type: 'float', max: 0.5 }, 0.7)).toThrow(/at most 0.5/);
    expect(coerceParamValue({ name: 'share', type: 'float', min: 0 }, '0.25')).toBe(0.25);
  });
});
