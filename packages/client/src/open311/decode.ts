// Open311 bodies (JSON or XML, whatever the server really sent) → plain data in the JSON shape, so
// one mapper reads both. XML goes through DOMParser in browsers or an injected `parseXml` elsewhere.
import { DiwanError } from '../errors.js';

/** The little of the DOM the adapter reads: what a browser's DOMParser and @xmldom/xmldom return. */
export interface XmlNodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly localName?: string | null;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<XmlNodeLike>;
}

export interface XmlDocumentLike {
  readonly documentElement: XmlNodeLike | null;
}

/** Parses XML text, e.g. `(text) => new DOMParser().parseFromString(text, 'application/xml')`. */
export type ParseXml = (text: string) => XmlDocumentLike;

const ELEMENT_NODE = 1;
const MAX_DEPTH = 32;
/** Elements whose children are always a list, even with one child or none. */
const LIST_ELEMENTS = new Set(['services', 'service_requests', 'errors', 'values', 'attributes', 'notes']);

function invalid(message: string, cause?: unknown): DiwanError {
  return new DiwanError('invalid_response', message, { retryable: false, cause });
}

/** The browser's DOMParser when there is one; undefined in Node and other DOM-less runtimes. */
export function defaultParseXml(): ParseXml | undefined {
  const Parser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  if (typeof Parser !== 'function') return undefined;
  return (text) => new Parser().parseFromString(text, 'application/xml');
}

function nameOf(node: XmlNodeLike): string {
  // localName drops a namespace prefix (`<m:service>` → service); some parsers only give nodeName
  return (node.localName || node.nodeName.replace(/^.*:/, '')).toLowerCase();
}

function elementChildren(node: XmlNodeLike): XmlNodeLike[] {
  return Array.from(node.childNodes).filter((child) => child.nodeType === ELEMENT_NODE);
}

/** One element → a string (leaf), an array (list element) or an object (fields; repeats become arrays). */
function elementToData(node: XmlNodeLike, depth: number): unknown {
  const name = nameOf(node);
  if (name === 'parsererror') throw invalid('The server sent XML Diwan cannot read (it is not well-formed).');
  if (depth > MAX_DEPTH) throw invalid('The server sent XML nested too deeply to be Open311 data.');
  const children = elementChildren(node);
  if (LIST_ELEMENTS.has(name)) return children.map((child) => elementToData(child, depth + 1));
  if (children.length === 0) return node.textContent ?? '';
  // No prototype: an element named __proto__ stays a plain field.
  const fields: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const child of children) {
    const key = nameOf(child);
    const value = elementToData(child, depth + 1);
    const existing = fields[key];
    if (existing === undefined) fields[key] = value;
    else if (Array.isArray(existing) && !LIST_ELEMENTS.has(key)) existing.push(value);
    else fields[key] = [existing, value];
  }
  return fields;
}

/** XML text → data in the shape the JSON format has (`<services><service>…` → `[{…}]`). */
export function xmlToData(text: string, parseXml: ParseXml | undefined): unknown {
  if (!parseXml) {
    throw new DiwanError('unsupported', 'XML needs DOMParser or a parseXml option (or use format: "json").', { retryable: false });
  }
  let document: XmlDocumentLike;
  try {
    document = parseXml(text);
  } catch (cause) {
    throw invalid('The server sent XML Diwan cannot read.', cause);
  }
  const root = document?.documentElement;
  if (!root) throw invalid('The server sent an empty XML document.');
  try {
    return elementToData(root, 0);
  } catch (cause) {
    if (cause instanceof DiwanError) throw cause;
    throw invalid('The XML parser returned a document Diwan cannot read.', cause); // an odd injected parseXml
  }
}

function looksLikeHtml(text: string): boolean {
  return /^(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(text);
}

/**
 * Reads an Open311 body by what it is, not by what was asked for: servers that ignore `.json` and
 * answer XML still work. HTML (a proxy's or a login page) and anything else is `invalid_response`.
 */
export function decodeOpen311(text: string, parseXml: ParseXml | undefined, contentType = ''): unknown {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) throw invalid('The server sent an empty answer where Open311 data was expected.');
  if (looksLikeHtml(body)) {
    throw invalid('The server sent a web page instead of Open311 data (a proxy, firewall or login page?).');
  }
  if (body.startsWith('<')) return xmlToData(body, parseXml);
  if (body.startsWith('[') || body.startsWith('{')) {
    try {
      return JSON.parse(body) as unknown;
    } catch (cause) {
      throw invalid('The server sent JSON Diwan cannot read (it is not well-formed).', cause);
    }
  }
  throw invalid(`The server sent something that is neither JSON nor XML (${contentType || 'no content type'}).`);
}

const MAX_MESSAGE = 300;

/** The text of an Open311 error body (`[{code, description}]`, `<errors>`, `<error>text</error>`, …). */
export function describeOpen311Error(text: string, parseXml: ParseXml | undefined): string | undefined {
  let data: unknown;
  try {
    data = decodeOpen311(text, parseXml);
  } catch {
    return undefined; // an HTML page or garbage: the status says enough
  }
  const messages = (Array.isArray(data) ? data : [data]).map(messageOf).filter((message): message is string => !!message);
  const message = messages.join('; ').replace(/\s+/g, ' ').trim();
  return message ? message.slice(0, MAX_MESSAGE) : undefined;
}

function messageOf(entry: unknown): string | undefined {
  if (typeof entry === 'string') return entry.trim() || undefined;
  if (Array.isArray(entry)) return entry.map(messageOf).filter(Boolean).join('; ') || undefined;
  if (!entry || typeof entry !== 'object') return undefined;
  const fields = entry as Record<string, unknown>;
  for (const key of ['description', 'message', 'error', 'errors', 'detail']) {
    const value = fields[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (value && typeof value === 'object') return messageOf(value);
  }
  return undefined;
}
