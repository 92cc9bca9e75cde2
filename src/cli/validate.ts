import { formatIssues } from '../lib/model/parts';
import { oppositionFactionWarnings } from '../lib/model/validate';
import { readDataset } from './load';

const path = process.argv[2];
const result = readDataset(path);
if (result.ok) {
	const d = result.dataset;
	const terms = d.people.reduce((n, p) => n + p.terms.length, 0);
	const offices = d.people.reduce((n, p) => n + p.offices.length, 0);
	console.log(
		`valid: ${d.people.length} people, ${terms} terms, ${offices} offices, ${d.alignments.length} alignments, ` +
			`${d.alliances.length} alliances, ${d.events.length} events, ${d.sources.length} sources`
	);
	const warnings = oppositionFactionWarnings(d);
	if (warnings.length)
		console.warn(`warning: ${formatIssues(warnings).split('\n').join('\nwarning: ')}`);
} else {
	console.error(formatIssues(result.issues));
	console.error(`${result.issues.length} problem(s)`);
	process.exit(1);
}
