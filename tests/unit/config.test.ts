import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../../src/config';

test('when nothing is set, then the embedded defaults are used', () => {
  expect(loadConfig({})).toEqual({
    port: 8000,
    crmPort: 8001,
    databasePath: './data/crm.sqlite',
    interactionsLogPath: './data/interactions.jsonl',
    crmBaseUrl: null,
    crmTimeoutMs: 5000,
    crmRetries: 2,
    logLevel: 'info',
    defaultTimezone: 'Asia/Kolkata',
    defaultRegion: 'IN',
    nluProvider: 'rules',
    bodyLimitBytes: 16384,
    sessionIdleMs: 30 * 60_000,
    apiKey: null,
    rateLimitPerMinute: 120,
    logTranscripts: false,
    crmBreakerFailures: 5,
    crmBreakerResetMs: 10000,
    openaiApiKey: null,
    openaiBaseUrl: null,
    openaiModel: 'gpt-4.1-mini',
    geminiApiKey: null,
    geminiBaseUrl: null,
    geminiModel: 'gemini-2.5-flash',
    geminiLiveModel: 'gemini-2.5-flash-native-audio-preview-12-2025',
    geminiLiveSilenceMs: 700,
    geminiLiveVadStart: 'low',
    geminiLiveVoice: 'Kore',
    transcribeProvider: 'auto',
    geminiTranscribeModel: 'gemini-2.5-flash',
    openaiTranscribeModel: 'gpt-4o-mini-transcribe',
    audioLimitBytes: 10485760,
    llmTimeoutMs: 8000,
    llmRetries: 2,
  });
});

test('when values are set, then they are parsed, trimmed and frozen', () => {
  const config = loadConfig({
    PORT: ' 9000 ',
    CRM_BASE_URL: 'http://127.0.0.1:8001/',
    DEFAULT_REGION: 'us',
    INTERACTIONS_LOG_PATH: '',
  });
  expect(config).toMatchObject({
    port: 9000,
    crmBaseUrl: 'http://127.0.0.1:8001',
    defaultRegion: 'US',
    interactionsLogPath: null,
  });
  expect(Object.isFrozen(config)).toBe(true);
});

test.each([
  ['PORT', 'eighty'],
  ['CRM_BASE_URL', 'ftp://crm'],
  ['DEFAULT_TIMEZONE', 'Mars/Olympus'],
  ['DEFAULT_REGION', 'XX'],
  ['LOG_LEVEL', 'loud'],
  ['NLU_PROVIDER', 'chatgpt'],
  ['CRM_TIMEOUT_MS', '0'],
  ['API_KEY', 'short'],
  ['LOG_TRANSCRIPTS', 'yes'],
])('when %s is %s, then start fails with a message naming the variable', (name, value) => {
  expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
  expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(name));
});

test.each([
  ['openai', 'OPENAI_API_KEY'],
  ['gemini', 'GEMINI_API_KEY'],
])('when NLU_PROVIDER=%s has no key, then start fails naming %s', (provider, variable) => {
  expect(() => loadConfig({ NLU_PROVIDER: provider })).toThrow(new RegExp(`${variable}: is required`));
});

test('when NLU_PROVIDER=openai points at a local server, then no key is needed', () => {
  expect(
    loadConfig({ NLU_PROVIDER: 'openai', OPENAI_BASE_URL: 'http://localhost:11434/v1' }).nluProvider,
  ).toBe('openai');
});

test('when the README lists the configuration, then it lists every variable with its default', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  const documented = new Map(
    [...readme.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*(?:`([^`]*)`|\(unset\))\s*\|/gm)].map((match) => [
      match[1]!,
      match[2] ?? '',
    ]),
  );
  for (const [name, spec] of Object.entries(CONFIG_VARIABLES)) {
    expect([name, documented.get(name)]).toEqual([name, spec.default]);
  }
  expect([...documented.keys()].sort()).toEqual(Object.keys(CONFIG_VARIABLES).sort());
});

test('when .env.example is read, then it lists every variable with its default, and no other', () => {
  const example = fs.readFileSync(path.join(__dirname, '..', '..', '.env.example'), 'utf8');
  const listed = Object.fromEntries(
    example
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  expect(listed).toEqual(
    Object.fromEntries(Object.entries(CONFIG_VARIABLES).map(([name, spec]) => [name, spec.default])),
  );
});
