// The Open311 entry for Node and other runtimes without DOMParser (the `node` export condition):
// the same adapter, with @xmldom/xmldom parsing XML, so XML servers work there out of the box.
// Browsers get ./index.js and their own DOMParser; xmldom never reaches the CDN bundle.
import { DOMParser } from '@xmldom/xmldom';
import { createOpen311Backend as createWithParser, type Open311Backend, type Open311BackendOptions } from './open311-backend.js';
import type { XmlDocumentLike } from './decode.js';

export * from './index.js';

function parseXml(text: string): XmlDocumentLike {
  return new DOMParser().parseFromString(text, 'text/xml') as unknown as XmlDocumentLike;
}

/** Creates an Open311 backend; XML is parsed with @xmldom/xmldom unless `parseXml` is given. */
export function createOpen311Backend(options: Open311BackendOptions): Open311Backend {
  return createWithParser({ ...options, parseXml: options.parseXml ?? parseXml });
}
