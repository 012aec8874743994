import path from 'node:path';
import type { Command } from 'commander';
import { withDatabase } from './context.js';
import { loadGeography } from '../services/geography/load-geography.js';

/** `concord geography load DIR [--neighbourhoods DIR]`: loads LLR boundaries and police neighbourhoods. */
export function registerGeographyCommand(program: Command): void {
  const geography = program.command('geography').description('Boundaries used to place incidents');
  geography
    .command('load')
    .description(
      'Load LLR districts, wards and LSOAs (2011 and 2021) from a folder laid out like data/geography, ' +
        'and police.uk neighbourhoods. Re-running replaces the boundaries.',
    )
    .argument('<dir>', 'geography folder (lsoa2011/, lsoa2021/, wards2025/, lad/)')
    .option('--neighbourhoods <dir>', 'folder with police_leicestershire_neighbourhoods.json (default: <dir>/../policeuk/neighbourhoods)')
    .action(async (dir: string, opts: { neighbourhoods?: string }) => {
      await withDatabase(async ({ db }) => {
        const started = Date.now();
        const counts = await loadGeography(db, path.resolve(dir), (msg) => process.stdout.write(`${msg}\n`), {
          neighbourhoodsDir: opts.neighbourhoods ? path.resolve(opts.neighbourhoods) : undefined,
        });
        process.stdout.write(
          `Loaded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${counts.districts} districts, ${counts.wards} wards, ` +
            `${counts.lsoa11} LSOA 2011, ${counts.lsoa21} LSOA 2021, ${counts.neighbourhoods} police neighbourhoods, ` +
            `${counts.wardNpaMappings} ward NPA mappings\n`,
        );
        if (counts.missing.length) process.stdout.write(`Not loaded (absent): ${counts.missing.length} layer(s), see above\n`);
      });
    });
}
