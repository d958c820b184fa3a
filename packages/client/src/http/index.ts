export { connectHttpBackend, createHttpBackend, DEFAULT_HTTP_CAPABILITIES, DIWAN_REST_PATHS, type HttpBackendOptions } from './http-backend.js';
export {
  Transport,
  abortableSleep,
  parseRetryAfter,
  type BodyFormat,
  type GetOptions,
  type HeadersHook,
  type ReplyInfo,
  type PostOptions,
  type RequestOptions,
  type Sleep,
  type TransportOptions,
  type TransportSettings,
} from './transport.js';
