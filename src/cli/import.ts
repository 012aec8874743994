import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { withDatabase } from './context.js';
import { isStreetFileName, parseCrimeTypeList, DEFAULT_ASB_PROXY_CRIME_TYPES } from '../domain/imports/police-uk.js';
import { importPoliceUkFiles, type PoliceUkImportSummary } from '../services/imports/import-police-uk.js';

const n = (v: number) => v.toLocaleString('en-GB');
const out = (line: string) => process.stdout.write(`${line}\n`);

/** Files named on the command line, with each folder replaced by its `*-street.csv` files in name order. */
export function expandPaths(paths: readonly string[]): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  for (const p of paths) {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) problems.push(`${p} does not exist`);
    else if (!stat.isDirectory()) files.push(p);
    else {
      const found = fs.readdirSync(p).filter(isStreetFileName).sort();
      if (found.length === 0) problems.push(`${p} holds no *-street.csv files`);
      files.push(...found.map((f) => path.join(p, f)));
    }
  }
  return { files, problems };
}

function summaryLines(s: PoliceUkImportSummary): string[] {
  const lines = [
    `${s.fileName}: ${n(s.rowsRead)} rows read in ${(s.durationMs / 1000).toFixed(1)} s`,
    `  incidents added ${n(s.incidentsAdded)} (already imported ${n(s.incidentsAlreadyPresent)})`,
    `  crimes added ${n(s.crimesAdded)}, of which ASB proxies ${n(s.proxyCrimesAdded)} (already imported ${n(s.crimesAlreadyPresent)})`,
    `  outside LLR ${n(s.outsideLlr)}, without a location ${n(s.withoutLocation)}, rejected ${n(s.rejected)}`,
  ];
  for (const [reason, count] of Object.entries(s.rejectionReasons)) lines.push(`    ${n(count)} × ${reason}`);
  for (const r of s.rejections) lines.push(`    line ${r.line}: ${r.reason}`);
  return lines;
}

/**
 * `concord import policeuk PATH...`: imports police.uk street-level CSV files (or folders of
 * `*-street.csv`, in name order), one transaction per file. Shows a progress bar on a terminal
 * and plain lines otherwise; prints a summary per file as it finishes and a total. Exit status 1 when any file
 * could not be imported.
 */
export function registerImportCommand(program: Command): void {
  const imports = program.command('import').description('Import open data');
  imports
    .command('policeuk')
    .description('Import police.uk street-level CSV files: ASB inside LLR as incidents, other crimes for proxy analysis')
    .argument('<paths...>', 'files, or folders of *-street.csv files')
    .option(
      '--proxy-types <types>',
      `comma-separated crime types counted as ASB proxies (default: ${DEFAULT_ASB_PROXY_CRIME_TYPES.join(', ')})`,
    )
    .option('--max-listed <n>', 'rejected rows to list by line, per file', '20')
    .action(async (paths: string[], opts: { proxyTypes?: string; maxListed: string }) => {
      const { files, problems } = expandPaths(paths);
      const proxies = opts.proxyTypes === undefined ? undefined : parseCrimeTypeList(opts.proxyTypes);
      if (proxies && !proxies.ok) problems.push(`Unknown police.uk crime type: ${proxies.unknown}`);
      if (problems.length || files.length === 0) {
        process.stderr.write(`Error: ${problems.join('; ') || 'no files given'}\n`);
        process.exitCode = 1;
        return;
      }
      await withDatabase(async ({ db }) => {
        const failures: string[] = [];
        const total = { failed: 0, rows: 0, incidents: 0, crimes: 0, proxies: 0, outside: 0, unlocated: 0, rejected: 0 };
        const bars = process.stdout.isTTY
          ? new cliProgress.MultiBar(
              {
                format: `Importing ${files.length} file(s) [{bar}] {percentage}% | {file}`,
                stream: process.stdout,
                hideCursor: true,
                clearOnComplete: true,
              },
              cliProgress.Presets.shades_classic,
            )
          : null;
        const bar = bars?.create(1, 0, { file: path.basename(files[0]!) });
        const print = (line: string) => (bars ? bars.log(`${line}\n`) : out(line));
        if (!bars) out(`Importing ${files.length} file(s)`);
        const started = Date.now();
        await importPoliceUkFiles(db, files, {
          actor: null,
          proxyCrimeTypes: proxies?.ok ? proxies.types : undefined,
          maxListedRejections: Number(opts.maxListed) || 0,
          onProgress: (done, all) => {
            bar?.setTotal(all);
            bar?.update(done);
          },
          onFileDone: (result, i) => {
            bar?.update({ file: path.basename(files[i + 1] ?? files[i]!) });
            if (!result.ok) {
              total.failed++;
              failures.push(`${result.fileName}: NOT IMPORTED. ${result.error}`);
              return;
            }
            const s = result.summary;
            summaryLines(s).forEach(print);
            total.rows += s.rowsRead;
            total.incidents += s.incidentsAdded;
            total.crimes += s.crimesAdded;
            total.proxies += s.proxyCrimesAdded;
            total.outside += s.outsideLlr;
            total.unlocated += s.withoutLocation;
            total.rejected += s.rejected;
          },
        });
        bars?.stop();
        const secs = (Date.now() - started) / 1000;
        out(
          `Total: ${files.length - total.failed} of ${files.length} files imported, ${n(total.rows)} rows in ${secs.toFixed(1)} s ` +
            `(${n(Math.round(total.rows / Math.max(secs, 0.001)))} rows/s); incidents added ${n(total.incidents)}; ` +
            `crimes added ${n(total.crimes)} (ASB proxies ${n(total.proxies)}); outside LLR ${n(total.outside)}; ` +
            `without a location ${n(total.unlocated)}; rejected ${n(total.rejected)}`,
        );
        if (failures.length) {
          process.stderr.write(`${failures.length} file(s) could not be imported; nothing was stored from them:\n${failures.join('\n')}\n`);
          process.exitCode = 1;
        }
      });
    });
}
