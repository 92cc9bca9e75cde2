import { compareMoments, comparisonInWords } from '../lib/model/compare';
import { formatIssues } from '../lib/model/parts';
import type { Dataset } from '../lib/model/schema';
import { snapshotAt } from '../lib/model/snapshot';
import { parseMoment } from '../lib/model/time';
import { parseFlags } from './args';
import { runIfScript, terminalIo, UsageError, type CliIo } from './io';
import { readDataset } from './load';

const USAGE =
	'usage: npm run snapshot -- --at YYYY[-MM[-DD]] | --diff DATE DATE [--text] [--data PATH]';

const DATE = 'a date (YYYY, YYYY-MM or YYYY-MM-DD)';

function fail(message: string): never {
	throw new UsageError(message);
}

function momentArg(value: string, dataset: Dataset) {
	const moment = parseMoment(value);
	if (!moment) fail(`"${value}" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD`);
	const { start, end } = dataset.meta;
	if (moment.month < start || moment.month > end)
		fail(`"${value}" is outside the dataset's range: expected a date from ${start} to ${end}`);
	return moment;
}

/**
 * `npm run snapshot`: prints the snapshot at a date as JSON, or the difference between two dates
 * as JSON or (with `--text`) in words. Returns the exit code: 0, or 2 for a command line it
 * refuses, with one line on `io.stderr`.
 */
export async function main(args: string[], io: CliIo = terminalIo): Promise<number> {
	try {
		const parsed = parseFlags(args, {
			values: {
				'--at': { count: 1, what: DATE },
				'--diff': { count: 2, what: 'two dates (YYYY, YYYY-MM or YYYY-MM-DD)' },
				'--data': { count: 1, what: 'a path' }
			},
			switches: ['--text']
		});
		if (!parsed.ok) fail(`${parsed.message}. ${USAGE}`);
		const at = parsed.values.get('--at')?.[0];
		const diff = parsed.values.get('--diff');
		const asText = parsed.switches.has('--text');
		if ((at === undefined) === (diff === undefined))
			fail(`give exactly one of --at or --diff. ${USAGE}`);
		if (asText && !diff) fail(`--text goes with --diff. ${USAGE}`);

		const loaded = readDataset(parsed.values.get('--data')?.[0]);
		if (!loaded.ok) fail(`the dataset is not valid:\n${formatIssues(loaded.issues)}`);
		const dataset = loaded.dataset;

		if (at !== undefined) {
			io.stdout(JSON.stringify(snapshotAt(dataset, momentArg(at, dataset)), null, 2));
		} else if (diff) {
			const [a, b] = diff as [string, string];
			momentArg(a, dataset);
			momentArg(b, dataset);
			const comparison = compareMoments(dataset, a, b);
			if (asText) io.stdout(comparisonInWords(comparison).join('\n'));
			else
				io.stdout(JSON.stringify({ ...comparison.diff, sections: comparison.sections }, null, 2));
		}
		return 0;
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		io.stderr(`snapshot: ${error.message}`);
		return 2;
	}
}

await runIfScript(import.meta.url, main);
