/**
 * Many organisations in one installation (issue 22): the tenant directory, provisioning and removal of
 * a tenant, and the platform administrator's token. See docs/tenancy.md.
 */
export * from './tenant';
export * from './tenant-addresses';
export * from './tenant-directory.port';
export { PostgresTenantDirectory } from './postgres/postgres-tenant-directory';
export * from './provision-tenant';
export * from './place-tenant';
export * from './remove-tenant';
export * from './list-tenants';
export * from './export-tenant';
export * from './tenant-stores';
export * from './move-tenant';
export { TenantHostCache } from './tenant-host-cache';
export * from './platform-tokens';
