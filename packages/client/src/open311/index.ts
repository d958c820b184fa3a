export { createOpen311Backend, OPEN311_REFERENCE_PATTERN, type Open311Backend, type Open311BackendOptions } from './open311-backend.js';
export type { ParseXml, XmlDocumentLike, XmlNodeLike } from './decode.js';
export type { Open311Attribute, Open311AttributeValue, Open311Datatype, Open311ServiceDefinition } from './map-definition.js';
export { serviceIdFromCode } from './ids.js';
