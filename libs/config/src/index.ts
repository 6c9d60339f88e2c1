export { ConfigError } from './config-error';
export {
  loadConfig,
  sqlSettingsOf,
  LOG_LEVELS,
  type AppConfig,
  type Environment,
  type LogLevel,
  type SqlStoreSettings,
  type StoreSettings,
} from './load-config';
export { describeStore } from './describe-store';
export { withoutPassword } from './urls';
export { type Clock, clockStartingAt, systemClock } from './clock';
export { type WitnessSettings } from './witness-settings';
export { type TenancySettings } from './tenancy-settings';
export { configForTenant, type TenantLocation, tenantStore } from './tenant-config';
