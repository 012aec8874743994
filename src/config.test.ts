import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('configuration', () => {
  it('has development defaults: port 3000, embedded database in ./data/db, demo seeding on', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.pgliteDir).toMatch(/data\/db$/);
    expect(c.seedDemo).toBe(true);
    expect(c.cookieSecure).toBe(false);
  });

  it('refuses the development session secret and demo seeding in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET must be set/);
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), SEED_DEMO: 'true' })).toThrow(
      /SEED_DEMO must not be set/,
    );
  });

  it('secures cookies and never seeds in production', () => {
    const c = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) });
    expect(c.cookieSecure).toBe(true);
    expect(c.seedDemo).toBe(false);
  });

  it('names the variable at fault', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});
