/**
 * A setting in the environment that Spårbar cannot use. The message is one line, `VARIABLE: reason`,
 * because it is what an operator reads when the process refuses to start.
 */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly reason: string,
  ) {
    super(`${variable}: ${reason}`);
    this.name = 'ConfigError';
  }
}
