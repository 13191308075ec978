// Jest's node environment with one link to the real process: Node's fetch keeps its dispatcher on the
// real global object under a well-known symbol, and @google/genai looks for it there. Tests run in a
// sandboxed global that lacks it, so the SDK would fail with "Undici globalDispatcher is not available".
const { TestEnvironment } = require('jest-environment-node');

const DISPATCHER = Symbol.for('undici.globalDispatcher.1');

class NodeEnvironmentWithFetchDispatcher extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    Object.defineProperty(this.global, DISPATCHER, {
      configurable: true,
      get() {
        // Creating Headers makes Node initialise its fetch machinery, dispatcher included.
        if (!globalThis[DISPATCHER]) new Headers();
        return globalThis[DISPATCHER];
      },
    });
  }
}

module.exports = NodeEnvironmentWithFetchDispatcher;
