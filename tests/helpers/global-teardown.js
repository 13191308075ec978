// After every test: ./data is exactly as it was, or the run fails naming what a test wrote there.
const fs = require('node:fs');
const { snapshot } = require('./global-setup');

module.exports = async function globalTeardown() {
  const before = JSON.parse(process.env.LEADLINE_DATA_SNAPSHOT ?? '{}');
  const after = snapshot();
  const changed = Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]);
  const directory = process.env.LEADLINE_TEST_DIRECTORY;
  if (directory) fs.rmSync(directory, { recursive: true, force: true });
  if (changed.length > 0) throw new Error(`npm test wrote into ./data: ${changed.join(', ')}`);
};
