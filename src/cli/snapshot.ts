import { compareMoments, comparisonInWords } from '../lib/model/compare';
import { formatIssues } from '../lib/model/parts';
import { snapshotAt } from '../lib/model/snapshot';
import { parseMoment } from '../lib/model/time';
import { readDataset } from './load';

const USAGE =
	'usage: npm run snapshot -- --at YYYY[-MM[-DD]] | --diff DATE DATE [--text] [--data PATH]';

function fail(message: string): never {
	console.error(`snapshot: ${message}`);
	process.exit(2);
}

function momentArg(value: string | undefined, flag: string) {
	if (!value || value.startsWith('--'))
		fail(`${flag} needs a date (YYYY, YYYY-MM or YYYY-MM-DD). ${USAGE}`);
	const moment = parseMoment(value);
	if (!moment) fail(`"${value}" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD`);
	const { start, end } = dataset.meta;
	if (moment.month < start || moment.month > end)
		fail(`"${value}" is outside the dataset's range: expected a date from ${start} to ${end}`);
	return moment;
}

const args = process.argv.slice(2);
let at: string | undefined;
let diff: [string, string] | undefined;
let dataPath: string | undefined;
let asText = false;
for (let i = 0; i < args.length; i++) {
	const arg = args[i];
	if (arg === '--at') at = args[++i] ?? '';
	else if (arg === '--diff') {
		diff = [args[i + 1] ?? '', args[i + 2] ?? ''];
		i += 2;
	} else if (arg === '--data') dataPath = args[++i];
	else if (arg === '--text') asText = true;
	else fail(`unknown argument "${arg}". ${USAGE}`);
}
if ((at === undefined) === (diff === undefined))
	fail(`give exactly one of --at or --diff. ${USAGE}`);
if (asText && !diff) fail(`--text goes with --diff. ${USAGE}`);

const loaded = readDataset(dataPath);
if (!loaded.ok) fail(`the dataset is not valid:\n${formatIssues(loaded.issues)}`);
const dataset = loaded.dataset;

if (at !== undefined) {
	const moment = momentArg(at, '--at');
	console.log(JSON.stringify(snapshotAt(dataset, moment), null, 2));
} else if (diff) {
	momentArg(diff[0], '--diff');
	momentArg(diff[1], '--diff');
	const comparison = compareMoments(dataset, diff[0], diff[1]);
	if (asText) console.log(comparisonInWords(comparison).join('\n'));
	else console.log(JSON.stringify({ ...comparison.diff, sections: comparison.sections }, null, 2));
}
