import type { Command } from 'commander';
import { withDatabase } from './context.js';
import { seedDemo } from '../services/demo/seed-demo.js';

/** `concord seed --demo`: seeds the synthetic demo partnership (refused in production). */
export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('Seed data')
    .requiredOption('--demo', 'the synthetic demo partnership (users, people, incidents)')
    .action(async () => {
      await withDatabase(async (handle, config) => {
        if (config.env === 'production') throw new Error('The demo partnership is never seeded in production');
        const seeded = await seedDemo(handle.db, (m) => process.stdout.write(`${m}\n`));
        process.stdout.write(`Seeded ${seeded.users.length} demo users. Password: ${seeded.password}\n`);
      });
    });
}
