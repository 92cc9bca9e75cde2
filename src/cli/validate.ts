import { formatIssues } from '../lib/model/parts';
import { oppositionFactionWarnings } from '../lib/model/bloc-factions';
import { runIfScript, terminalIo, type CliIo } from './io';
import { readDataset } from './load';

/**
 * `npx tsx src/cli/validate.ts [PATH]`: checks a dataset (the built-in one by default) and prints
 * what it holds, or every problem found. Returns the exit code: 0 if valid, 1 if not.
 */
export function main(args: string[], io: CliIo = terminalIo): number {
	const result = readDataset(args[0]);
	if (result.ok) {
		const d = result.dataset;
		const terms = d.people.reduce((n, p) => n + p.terms.length, 0);
		const offices = d.people.reduce((n, p) => n + p.offices.length, 0);
		io.stdout(
			`valid: ${d.people.length} people, ${terms} terms, ${offices} offices, ${d.alignments.length} alignments, ` +
				`${d.alliances.length} alliances, ${d.events.length} events, ${d.sources.length} sources`
		);
		const warnings = oppositionFactionWarnings(d);
		if (warnings.length)
			io.stderr(`warning: ${formatIssues(warnings).split('\n').join('\nwarning: ')}`);
		return 0;
	}
	io.stderr(formatIssues(result.issues));
	io.stderr(`${result.issues.length} problem(s)`);
	return 1;
}

await runIfScript(import.meta.url, main);
