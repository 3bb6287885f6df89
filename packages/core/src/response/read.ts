import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readPath } from '../json-path.js';
import { DEFAULT_DELIMITER, type ResponseMapping } from '../schema/response-mapping.js';
import type { ResponseFormat } from '../schema/enums.js';

/** What the response mapping read from one response: a value, or why there is none. */
export interface ResponseRead {
  value: string | null;
  /** Why value is null, in words a person can act on; null when a value was read. */
  error: string | null;
}

interface Body {
  text: string;
  /** The body was cut at the response cap before it was read. */
  truncated: boolean;
}

const found = (value: string): ResponseRead => ({ value, error: null });
const missing = (error: string): ResponseRead => ({ value: null, error });

/** Readers by format; each gets a non-empty body. */
const readers: Record<ResponseFormat, (mapping: ResponseMapping, body: Body) => ResponseRead> = {
  JSON: readJson,
  XML: readXml,
  TEXT: readText,
};

/** A Result fits a custom field value (written back), so it is at most this long. */
export const MAX_RESPONSE_VALUE = 10_000;

/** Reads the mapping's value from a response body (already capped at 64 KiB by the client). */
export function readResponseValue(mapping: ResponseMapping, body: Body): ResponseRead {
  if (body.text.trim() === '') return missing('the response body is empty');
  const read = readers[mapping.format](mapping, body);
  if (read.value === null && body.truncated)
    return missing(`${read.error} (the body was cut at 64 KiB before it was read)`);
  if (read.value !== null && read.value.length > MAX_RESPONSE_VALUE)
    return missing(
      `the value is ${read.value.length} characters long; a Result holds at most ${MAX_RESPONSE_VALUE}`,
    );
  return read;
}

function readJson({ responseKey }: ResponseMapping, body: Body): ResponseRead {
  let doc: unknown;
  try {
    doc = JSON.parse(body.text);
  } catch {
    return missing('the response is not valid JSON');
  }
  const value = readPath(doc, responseKey);
  if (value === undefined) return missing(`${responseKey.trim()} is not in the JSON response`);
  if (value === null) return missing(`${responseKey.trim()} is null in the JSON response`);
  return found(typeof value === 'object' ? JSON.stringify(value) : String(value));
}

// Predefined and numeric entities are decoded; a body that declares its own is refused before
// parsing, so no entity can expand (no billion laughs).
const xml = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

type XmlNode = Record<string, unknown>;

function readXml({ responseKey }: ResponseMapping, body: Body): ResponseRead {
  if (/<!ENTITY/i.test(body.text))
    return missing('the response declares XML entities, which are not read');
  if (XMLValidator.validate(body.text) !== true) return missing('the response is not valid XML');
  let nodes: XmlNode[];
  try {
    nodes = xml.parse(body.text) as XmlNode[];
  } catch {
    return missing('the response is not valid XML');
  }
  const path = responseKey
    .split('/')
    .map((s) => localName(s.trim()))
    .filter(Boolean);
  const match = findElement(nodes, path);
  if (!match) return missing(`${path.join('/')} is not in the XML response`);
  return found(textContent(match).trim());
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);
const elementName = (node: XmlNode) => Object.keys(node).find((k) => k !== ':@' && k !== '#text');

/** The first element at the path (names from the root element down), depth first. */
function findElement(nodes: XmlNode[], path: string[]): XmlNode[] | null {
  const [first, ...rest] = path;
  for (const node of nodes) {
    const name = elementName(node);
    if (name === undefined || name !== first) continue;
    const children = node[name] as XmlNode[];
    if (rest.length === 0) return children;
    const inner = findElement(children, rest);
    if (inner) return inner;
  }
  return null;
}

function textContent(nodes: XmlNode[]): string {
  return nodes
    .map((node) => {
      if ('#text' in node) return String(node['#text']);
      const name = elementName(node);
      return name === undefined ? '' : textContent(node[name] as XmlNode[]);
    })
    .join('');
}

function readText({ responseKey, delimiter }: ResponseMapping, body: Body): ResponseRead {
  const key = responseKey.trim();
  const parts = body.text.split(delimiter || DEFAULT_DELIMITER).map((p) => p.trim());
  const wanted = key.toLowerCase();
  for (const part of parts) {
    const pair = /^([^=:]*)[=:](.*)$/s.exec(part);
    if (pair && (pair[1] as string).trim().toLowerCase() === wanted)
      return found((pair[2] as string).trim());
  }
  if (/^\d+$/.test(key) && Number(key) >= 1) {
    const n = Number(key);
    const part = parts[n - 1];
    if (part !== undefined) return found(part);
    return missing(
      `the text response has ${parts.length} part${parts.length === 1 ? '' : 's'}; part ${n} was asked for`,
    );
  }
  return missing(`${key} is not in the text response (no part ${key}=… or ${key}:…)`);
}
