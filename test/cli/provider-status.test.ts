import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import { formatProviderStatuses, providerStatuses } from '../../src/cli/provider-status.ts';

describe('bilingual providers: effective limits', () => {
  it('shows each provider’s limits as the configuration makes them', async () => {
    const config = await loadConfig({
      env: {},
      overrides: [{ path: ['providers', 'deepl', 'limits', 'requestsPerMinute'], value: 120, source: '--set' }],
    });
    const statuses = await providerStatuses(config, {});
    const byId = new Map(statuses.map((status) => [status.id, status]));
    expect(byId.get('google')?.limits).toMatchObject({ charactersPerMinute: 6_000_000, requestsPerMinute: 0 });
    expect(byId.get('deepl')?.limits).toMatchObject({ requestsPerMinute: 120, sources: { requestsPerMinute: 'provider config' } });
    expect(byId.get('openai')?.limits).toMatchObject({ requestsPerMinute: 0, charactersPerMinute: 0, tokensPerMinute: 0 });
    const text = formatProviderStatuses(statuses);
    expect(text).toMatch(/^google .*\n.*\n\s+limits: no request quota, 6,000,000 characters per minute \(service\), 4 requests at once$/m);
    expect(text).toMatch(/^\s+limits: 120 requests per minute \(provider config\), no character quota, 4 requests at once$/m);
  });
});
