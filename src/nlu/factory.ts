import type { Config } from '../config';
import type { UnderstandingProvider } from './provider';
import { RulesProvider } from './rules-provider';

/** The understanding engine NLU_PROVIDER names. `auto` has no model to fall back on yet: rules. */
export function createUnderstandingProvider(
  config: Pick<Config, 'nluProvider' | 'defaultRegion'>,
): UnderstandingProvider {
  switch (config.nluProvider) {
    case 'rules':
    case 'auto':
      return new RulesProvider(config.defaultRegion);
  }
}
