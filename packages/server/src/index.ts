// @diwan/server as a library: the app (for tests and embedding in another Node process), the server,
// the database layer, migrations and seeding.
export { createApp, API_BASE, type AppDeps } from './app.js';
export { startServer, createLogger, type RunningServer, type StartOptions } from './server.js';
export { configFromEnv, ConfigError, type ServerConfig, type LookupLimits } from './config.js';
export { openPglite, openPostgres, splitStatements, type Database, type Queryable } from './db/database.js';
export { openStore, type Store } from './db/open.js';
export { migrate, pendingMigrations, readMigrations, MIGRATIONS_DIR, type Migration } from './db/migrate.js';
export { lockDataDir, readLock, DataDirBusyError } from './db/data-dir.js';
export { createKeys, referenceKey, verificationKey, type Keys } from './requests/keys.js';
export { seedDemo, isEmpty } from './seed.js';
export { checkImport, importCatalogue, exportCatalogue, ImportRejectedError } from './cli/exchange.js';
export { SERVER_CAPABILITIES } from './routes/capabilities.js';
export { clientAddress } from './http/client-address.js';
export { staffAuth, requireScope } from './staff/auth.js';
export { createToken, listTokens, revokeToken, authenticate, hashToken, TOKEN_PREFIX, type StaffPrincipal } from './staff/tokens.js';
export { writeAudit, readAudit, type Actor, type AuditRecord } from './staff/audit.js';
export { queryInsights, periodProblem, type InsightsOptions } from './insights/answer.js';
export {
  addEvent, assignOffice, checkTransition, completeAction, createRequest, requestAction, setExpectedDate, REQUEST_CHANGED_CHANNEL, type ChangeContext,
} from './requests/lifecycle.js';
export {
  followCatalogueVersion, readCatalogueVersion, CATALOGUE_CHANGED_CHANNEL, type CatalogueVersion, type FollowOptions,
} from './catalogue/version.js';
export { listenForChanges, type RequestChanges, type ChangeSubscriber } from './live/changes.js';
export { createEventTokens, type EventTokens } from './live/tokens.js';
export { recordVersion, EVENTS_PATH } from './routes/events.js';
