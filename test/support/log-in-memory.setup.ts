// The jest project `e2e-port-only`: the API harness keeps the log in memory (see api-harness.ts).
process.env.TEST_LOG_STORE = 'memory';
