import { loadConfig } from '@sparbar/config';
import { demoDataSetting } from '../src/startup/demo-data';
import { StartupError } from '../src/startup/startup-error';

const embedded = loadConfig({ DATA_DIR: '/tmp/sparbar-demo-setting' });
const postgres = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' });

test('on by default only for the embedded store outside production', () => {
  expect(demoDataSetting({}, embedded)).toBe(true);
  expect(demoDataSetting({ NODE_ENV: 'production' }, embedded)).toBe(false);
  expect(demoDataSetting({}, postgres)).toBe(false);
});

test('DEMO_DATA switches it either way, and a wrong value names the variable', () => {
  expect(demoDataSetting({ DEMO_DATA: 'false' }, embedded)).toBe(false);
  expect(demoDataSetting({ DEMO_DATA: '0' }, embedded)).toBe(false);
  expect(demoDataSetting({ DEMO_DATA: 'true' }, postgres)).toBe(true);
  expect(() => demoDataSetting({ DEMO_DATA: 'ja' }, embedded)).toThrow(StartupError);
  expect(() => demoDataSetting({ DEMO_DATA: 'ja' }, embedded)).toThrow(/DEMO_DATA/);
});
