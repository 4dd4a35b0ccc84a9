import { describe, expect, it } from 'vitest';
import { findUnsafeJson } from './unsafeJson';

describe('findUnsafeJson', () => {
  it('accepts ordinary data', () => {
    expect(findUnsafeJson(JSON.parse('{"a":[1,{"b":"constructor"}],"c":null}'))).toEqual([]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s wherever it is, escaping the pointer', (key) => {
    const value = JSON.parse(`{"a/b":[{"${key}":{}}]}`);
    expect(findUnsafeJson(value)).toEqual([expect.objectContaining({ pointer: `/a~1b/0/${key}` })]);
  });

  it('refuses numbers outside the double range in any field, known or not', () => {
    const value = JSON.parse('{"document":{"extra":[1,-1e400],"ok":1e308}}');
    expect(findUnsafeJson(value).map((p) => p.pointer)).toEqual(['/document/extra/1']);
  });

  it('refuses nesting deeper than 64 levels, naming where it gets too deep', () => {
    const value = JSON.parse(`{"document":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    const problems = findUnsafeJson(value);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('more than 64 levels');
    expect(problems[0]!.pointer).toBe(`/document${'/0'.repeat(63)}`);
  });

  it('accepts 64 levels of nesting', () => {
    const value = JSON.parse(`${'['.repeat(64)}${']'.repeat(64)}`);
    expect(findUnsafeJson(value)).toEqual([]);
  });

  it('lists the problems in file order', () => {
    const value = JSON.parse('{"a":{"__proto__":1,"x":[1e999]},"b":1e999,"c":{"prototype":2}}');
    expect(findUnsafeJson(value).map((p) => p.pointer)).toEqual(['/a/__proto__', '/a/x/0', '/b', '/c/prototype']);
  });
});
