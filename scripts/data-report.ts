/** Prints the coverage of a dataset year by year. Run: npm run data:report [-- PATH] */
import { formatCoverageReport } from '../src/lib/model/coverage';
import { formatIssues } from '../src/lib/model/parts';
import { readDataset } from '../src/cli/load';

const result = readDataset(process.argv[2]);
if (!result.ok) {
	console.error(formatIssues(result.issues));
	process.exit(1);
}
console.log(formatCoverageReport(result.dataset));
