import { describe, expect, it } from 'vitest';
import type { ResponseMapping } from '../schema/response-mapping.js';
import { readResponseValue } from './read.js';

const map = (
  format: ResponseMapping['format'],
  responseKey: string,
  delimiter: string | null = null,
): ResponseMapping => ({ format, responseKey, delimiter, writeBackField: null });
const read = (m: ResponseMapping, text: string, truncated = false) =>
  readResponseValue(m, { text, truncated });

describe('response mapping: JSON', () => {
  it('reads dot paths into objects and arrays', () => {
    expect(read(map('JSON', 'data.id'), '{"data":{"id":"L-7"}}')).toEqual({
      value: 'L-7',
      error: null,
    });
    expect(read(map('JSON', 'items.1.id'), '{"items":[{"id":1},{"id":2}]}').value).toBe('2');
    expect(read(map('JSON', 'ok'), '{"ok":true}').value).toBe('true');
    expect(read(map('JSON', 'data'), '{"data":{"a":1}}').value).toBe('{"a":1}');
  });
  it('says why nothing was read', () => {
    expect(read(map('JSON', 'data.id'), '{"data":{}}').error).toBe(
      'data.id is not in the JSON response',
    );
    expect(read(map('JSON', 'id'), '{"id":null}').error).toBe('id is null in the JSON response');
    expect(read(map('JSON', 'id'), '<html>oops</html>').error).toBe(
      'the response is not valid JSON',
    );
    expect(read(map('JSON', 'id'), '   ').error).toBe('the response body is empty');
    expect(read(map('JSON', 'id'), '{"id": "x", "rest": "abc', true).error).toBe(
      'the response is not valid JSON (the body was cut at 64 KiB before it was read)',
    );
  });
  it('reads a key from a huge body and does not follow prototype keys', () => {
    const big = JSON.stringify({ pad: 'x'.repeat(60_000), id: 9 });
    expect(read(map('JSON', 'id'), big).value).toBe('9');
    expect(read(map('JSON', '__proto__.polluted'), '{"__proto__":{"polluted":1}}').value).toBe('1');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(read(map('JSON', 'constructor'), '{}').value).toBeNull();
    expect(read(map('JSON', 'big'), JSON.stringify({ big: 'x'.repeat(10_001) })).error).toBe(
      'the value is 10001 characters long; a Result holds at most 10000',
    );
  });
});

describe('response mapping: XML', () => {
  it('reads the first match of a slash path, namespaces by local name', () => {
    const body =
      '<?xml version="1.0"?><s:Response xmlns:s="urn:x"><s:Lead><s:Id> 42 &amp; co </s:Id></s:Lead><s:Lead><s:Id>43</s:Id></s:Lead></s:Response>';
    expect(read(map('XML', 'Response/Lead/Id'), body)).toEqual({ value: '42 & co', error: null });
    expect(
      read(map('XML', 'Response/Lead'), '<Response><Lead>a<b>c</b>d</Lead></Response>').value,
    ).toBe('acd');
  });
  it('says why nothing was read', () => {
    expect(read(map('XML', 'Response/Id'), '<Response><Other/></Response>').error).toBe(
      'Response/Id is not in the XML response',
    );
    expect(read(map('XML', 'a'), '<a><b></a>').error).toBe('the response is not valid XML');
    expect(read(map('XML', 'a'), '{"a":1}').error).toBe('the response is not valid XML');
    expect(read(map('XML', 'a'), '<a>1', true).error).toMatch(/cut at 64 KiB/);
  });
  it('never expands declared entities (billion laughs)', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><lolz>&lol3;</lolz>';
    expect(read(map('XML', 'lolz'), laughs)).toEqual({
      value: null,
      error: 'the response declares XML entities, which are not read',
    });
    const external = '<!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><a>&xxe;</a>';
    expect(read(map('XML', 'a'), external).value).toBeNull();
  });
  it('reads deep nesting without blowing the stack or refuses it', () => {
    const depth = 500;
    const deep = '<a>'.repeat(depth) + 'x' + '</a>'.repeat(depth);
    const result = read(map('XML', 'a/a'), deep);
    expect(result.value === 'x' || result.error !== null).toBe(true);
  });
});

describe('response mapping: TEXT', () => {
  it('reads key=value and key:value pairs, case-insensitive, at the delimiter', () => {
    expect(read(map('TEXT', 'Status'), 'id=5, status: ok ,x').value).toBe('ok');
    expect(read(map('TEXT', 'id', '|'), 'id=5|status=ok').value).toBe('5');
    expect(read(map('TEXT', 'url'), 'url=http://a/b?c=d').value).toBe('http://a/b?c=d');
  });
  it('reads the n-th part when the key is a whole number', () => {
    expect(read(map('TEXT', '2'), 'a, b ,c').value).toBe('b');
    expect(read(map('TEXT', '4'), 'a,b,c').error).toBe(
      'the text response has 3 parts; part 4 was asked for',
    );
  });
  it('says why nothing was read', () => {
    expect(read(map('TEXT', 'status'), 'id=5,other=1').error).toBe(
      'status is not in the text response (no part status=… or status:…)',
    );
    expect(read(map('TEXT', 'status'), '').error).toBe('the response body is empty');
  });
});
