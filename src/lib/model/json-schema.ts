import { z } from 'zod';
import { datasetSchema } from './schema';

/**
 * The JSON Schema of a dataset file, generated from the zod schema so the two never drift:
 * editors use it to validate and complete a dataset (`"$schema": "dataset.schema.json"`).
 * It describes the input, so fields with defaults (`terms`, `offices`, `kind`) are optional.
 * The integrity rules (ids that resolve, dates in range) are beyond JSON Schema: run the app
 * or `npx tsx src/cli/validate.ts` for those.
 */
export function datasetJsonSchema(): Record<string, unknown> {
	return {
		...z.toJSONSchema(datasetSchema, { io: 'input', target: 'draft-2020-12' }),
		title: 'Factions dataset',
		description:
			'A faction struggle over time: people, their factions, alliances and events, every fact cited. See graph-data/README.md.'
	};
}

/** The schema as the committed file holds it: tab-indented JSON with a final newline. */
export function datasetJsonSchemaText(): string {
	return `${JSON.stringify(datasetJsonSchema(), null, '\t')}\n`;
}
