// Before any test: every path the service would write by default points into a temporary folder, so
// that `npm test` never writes into the user's ./data (spawned processes inherit these), and what
// ./data holds now is noted, so that the teardown can prove nothing touched it.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const DATA = path.join(__dirname, '..', '..', 'data');

function snapshot() {
  if (!fs.existsSync(DATA)) return {};
  return Object.fromEntries(
    fs.readdirSync(DATA).map((name) => {
      const stat = fs.statSync(path.join(DATA, name));
      return [name, `${stat.size}:${stat.mtimeMs}`];
    }),
  );
}

module.exports = async function globalSetup() {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'leadline-jest-'));
  process.env.DATABASE_PATH = path.join(directory, 'crm.sqlite');
  process.env.INTERACTIONS_LOG_PATH = path.join(directory, 'interactions.jsonl');
  process.env.LEADLINE_TEST_DIRECTORY = directory;
  process.env.LEADLINE_DATA_SNAPSHOT = JSON.stringify(snapshot());
};
module.exports.snapshot = snapshot;
