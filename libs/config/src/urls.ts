import { ConfigError } from './config-error';

/**
 * Checks a server URL without connecting: it must parse, use one of the given schemes and carry a
 * numeric port if any. Messages never echo the value itself: URLs often hold a password.
 */
export function checkServerUrl(variable: string, value: string, schemes: readonly string[]): URL {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (!scheme) throw new ConfigError(variable, `går inte att tolka som URL (väntade ${example(schemes)})`);
  if (!schemes.includes(scheme)) {
    throw new ConfigError(
      variable,
      `okänt schema "${scheme}:" (väntade ${schemes.map((s) => `${s}:`).join(' eller ')})`,
    );
  }
  for (const port of hostPorts(value)) checkPort(variable, port);
  try {
    return new URL(value);
  } catch {
    throw new ConfigError(variable, `går inte att tolka som URL (väntade ${example(schemes)})`);
  }
}

/**
 * EventStoreDB connection strings may list several hosts (`esdb://a:2113,b:2113?tls=false`), which
 * WHATWG URL refuses, so they are checked by hand.
 */
export function checkEventStoreDbUrl(variable: string, value: string): void {
  const schemes = ['esdb', 'esdb+discover'];
  const match = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/?#]*@)?([^/?#]*)\/?(?:\?[^#]*)?$/i.exec(value);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme && !schemes.includes(scheme)) {
    throw new ConfigError(variable, `okänt schema "${scheme}:" (väntade esdb: eller esdb+discover:)`);
  }
  if (!match || match[2] === '') {
    throw new ConfigError(variable, `går inte att tolka som URL (väntade ${example(schemes)})`);
  }
  for (const port of hostPorts(value)) checkPort(variable, port);
}

/** The port part of each `host:port` in the authority (several for EventStoreDB clusters). */
function hostPorts(value: string): string[] {
  const authority = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#]*)/i.exec(value)?.[1] ?? '';
  return authority
    .split(',')
    .map((host) => /^(?:\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(host)?.[1])
    .filter((port): port is string => port !== undefined && port !== '');
}

function checkPort(variable: string, port: string): void {
  if (!/^\d+$/.test(port) || Number(port) > 65_535) {
    throw new ConfigError(variable, `porten "${port}" är inget portnummer (ett heltal 0–65535)`);
  }
}

function example(schemes: readonly string[]): string {
  const defaults: Record<string, string> = {
    postgres: 'postgres://användare@värd:5432/databas',
    redis: 'redis://värd:6379',
    esdb: 'esdb://värd:2113?tls=false',
  };
  return defaults[schemes[0]] ?? `${schemes[0]}://värd`;
}

/** The URL without its password, for log lines. */
export function withoutPassword(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:@/?#]*):[^@/?#]*@/i, '$1:***@');
}
