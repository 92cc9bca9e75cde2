import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { uncited } from '../../../tests/unit/uncited';
import { readDataset } from '../../cli/load';
import { computeFlipbook } from '../graph/flipbook';
import { graphModelOf } from '../graph/elements';
import { graphStyle } from '../graph/style';
import { snapshotAt } from '../model/snapshot';
import { personFieldsOf } from '../model/person-record';
import { writeCyjs } from './cyjs';

const cite = { sources: ['cyjs'], confidence: 'medium' as const };

const loaded = readDataset();
if (!loaded.ok) throw new Error('the built-in dataset is not valid');
const dataset = loaded.dataset;
const flipbook = computeFlipbook(dataset);

describe('writeCyjs', () => {
	it('loads into headless cytoscape with the dataset ids, the factions as parents and the positions', () => {
		const month = '1926-10';
		const model = graphModelOf(snapshotAt(dataset, month), dataset.factions);
		const positions = flipbook.positions[month]!;
		// Through a file, as Cytoscape would read it; `preset` keeps the positions given.
		const json = JSON.parse(
			JSON.stringify(writeCyjs(model, positions, { name: 'x', at: month }, dataset.people))
		);
		const cy = cytoscape({
			headless: true,
			styleEnabled: true,
			style: graphStyle,
			layout: { name: 'preset' },
			elements: json.elements
		});
		try {
			expect(
				cy
					.nodes('[status]')
					.map((n) => n.id())
					.sort()
			).toEqual(model.people.map((p) => p.id).sort());
			expect(cy.nodes('[kind = "faction"]').map((n) => n.id())).toEqual(
				model.factions.map((f) => f.id)
			);
			expect(cy.edges().map((e) => e.id())).toEqual(model.edges.map((e) => e.id));
			const stalin = cy.getElementById('stalin');
			expect(stalin.position()).toEqual({ x: positions.stalin![0], y: positions.stalin![1] });
			expect(stalin.parent().first().id()).toBe('centre');
			expect(cy.getElementById('left').isParent()).toBe(true);
			// Each person's names, Wikidata id and fate, read back as the importers read them.
			for (const person of model.people) {
				const original = dataset.people.find((p) => p.id === person.id)!;
				const { fields, problems } = personFieldsOf(cy.getElementById(person.id).data(), cite);
				expect(problems, person.id).toEqual([]);
				expect(fields.nativeName, person.id).toBe(original.nativeName);
				expect(fields.aliases, person.id).toEqual(original.aliases);
				expect(fields.wikidata, person.id).toBe(original.wikidata);
				const fate = uncited(original.fate!);
				expect(fields.fate, person.id).toEqual({ ...fate, ...cite });
			}
			expect(cy.getElementById('zinoviev').data()).toMatchObject({
				label: 'Zinoviev',
				nativeName: 'Григорий Евсеевич Зиновьев',
				fate: 'executed',
				fateDate: '1936-08-25',
				sentenced: '1936-08-24'
			});
			for (const person of model.people) {
				const { x, y } = cy.getElementById(person.id).position();
				expect([x, y]).toEqual([...positions[person.id]!]);
			}
		} finally {
			cy.destroy();
		}
	});
});

describe('writeCyjs of a month with a tie charged at a trial', () => {
	it('keeps its kind, draws it dash-dotted and says it was alleged', () => {
		const month = '1937-06';
		const model = graphModelOf(snapshotAt(dataset, month), dataset.factions);
		const json = JSON.parse(
			JSON.stringify(
				writeCyjs(model, flipbook.positions[month]!, { name: 'x', at: month }, dataset.people)
			)
		);
		const cy = cytoscape({
			headless: true,
			styleEnabled: true,
			style: graphStyle,
			layout: { name: 'preset' },
			elements: json.elements
		});
		try {
			const charged = cy.edges('[kind = "alleged"]');
			expect(charged.length).toBeGreaterThan(0);
			charged.forEach((edge) => {
				expect(edge.data('note')).toMatch(/^Alleged by the prosecution/);
				expect(edge.style('line-style')).toBe('dashed');
				expect(edge.style('line-dash-pattern')).toBe('12 4 2 4');
			});
			expect(cy.edges('[kind != "alleged"]').every((e) => e.data('note') === undefined)).toBe(true);
		} finally {
			cy.destroy();
		}
	});
});
