import { importJson } from '../src/lib/model/import/json';
import { ms, quantile } from './bench-figures';
import { syntheticDataset } from './synthetic';

/** Parsing and validating a dataset file, as the page does when a user opens one. */
export function benchImport(people: number) {
	const text = JSON.stringify(syntheticDataset(people));
	const times: number[] = [];
	for (let run = 0; run < 7; run++) {
		const started = performance.now();
		const result = importJson(text, 'synthetic.json');
		times.push(performance.now() - started);
		if (!result.ok) throw new Error(`the synthetic dataset of ${people} people is not valid`);
	}
	console.log(
		`import of ${people} people (${(text.length / 1024).toFixed(0)} KB of JSON, parse + validate): first ${ms(times[0]!)}, median ${ms(quantile(times, 0.5))}`
	);
}
