// The entry point VS Code's extension host calls with extensionTestsPath: runs every *.test.js beside it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const SpecWithSummary = require(join(__dirname, '..', '..', 'test', 'harness', 'spec-with-summary.cjs'));
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: SpecWithSummary, reporterOptions: { label: 'integration' } });
  const only = process.env.WHOSWHO_INTEGRATION_GREP;
  if (only) mocha.grep(only);
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration tests failed`)) : resolve()));
  });
}
