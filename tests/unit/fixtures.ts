import { readFileSync } from 'node:fs';
import { validateDataset } from '../../src/lib/model/validate';
import type { Dataset } from '../../src/lib/model/schema';

/** Reads a JSON fixture from tests/fixtures as plain data. */
export function readFixture(name: string): unknown {
	return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));
}

/** Reads a fixture that must be a valid dataset. */
export function readDatasetFixture(name: string): Dataset {
	const result = validateDataset(readFixture(name));
	if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.issues)}`);
	return result.dataset;
}

/** Reads a fixture from tests/fixtures as bytes, exactly as stored. */
export function readFixtureBytes(name: string): Uint8Array {
	return new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
}

/** Reads a fixture from tests/fixtures as UTF-8 text. */
export function readFixtureText(name: string): string {
	return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}

/**
 * The edge-case fixture moved to other years, as plain data: its years 1925, 1926 and 1927
 * become `years[0]`, `years[1]` and `years[2]` (such as `['0989', '0990', '0991']`).
 */
export function edgeCasesInYears(years: readonly [string, string, string]): unknown {
	const text = readFixtureText('edge-cases.json').replace(
		/"19(2[5-7])/g,
		(_, year: string) => `"${years[Number(year) - 25]}`
	);
	return JSON.parse(text);
}
