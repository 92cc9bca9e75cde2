import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema, datasetJsonSchemaText } from './json-schema';

describe('dataset.schema.json', () => {
	it('is the committed file, freshly generated (run `npm run schema` after changing the schema)', () => {
		const committed = readFileSync(
			new URL('../../../static/dataset.schema.json', import.meta.url),
			'utf8'
		);
		expect(committed).toBe(datasetJsonSchemaText());
	});

	it('requires what the zod schema requires and describes the fields', () => {
		const schema = datasetJsonSchema() as {
			required: string[];
			properties: Record<string, { description?: string }>;
		};
		expect(schema.required).toEqual(
			expect.arrayContaining(['meta', 'sources', 'factions', 'people', 'alliances', 'events'])
		);
		expect(schema.required).not.toContain('$schema');
		expect(schema.properties.$schema?.description).toMatch(/JSON Schema/);
	});
});
