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

	it("carries a person's names, Wikidata id and fate, with their rules for editors", () => {
		type Node = {
			description?: string;
			pattern?: string;
			enum?: string[];
			required?: string[];
			properties?: Record<string, Node>;
			items?: Node;
		};
		const schema = datasetJsonSchema() as { properties: Record<string, Node> };
		const person = schema.properties.people!.items!;
		expect(person.required).not.toEqual(expect.arrayContaining(['wikidata']));
		const { wikidata, nativeName, aliases, fate } = person.properties!;
		expect(new RegExp(wikidata!.pattern!).test('Q855')).toBe(true);
		expect(new RegExp(wikidata!.pattern!).test('Q0855')).toBe(false);
		expect(nativeName!.description).toMatch(/script/);
		expect(aliases!.items!.description ?? aliases!.description).toMatch(/transliteration/);
		expect(fate!.properties!.kind!.enum).toEqual([
			'executed',
			'suicide',
			'killed',
			'died-in-custody',
			'died',
			'alive'
		]);
		expect(fate!.required).toEqual(expect.arrayContaining(['kind', 'sources', 'confidence']));
		expect(fate!.properties!.sentenced!.description).toMatch(/never evidence of guilt/);
	});
});
