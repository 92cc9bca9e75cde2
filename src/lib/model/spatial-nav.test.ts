import { describe, expect, it } from 'vitest';
import { firstInReadingOrder, nextInDirection, type PlacedPerson } from './spatial-nav';

// A plus sign around `centre`, with one far person straight right and one near but off to the side.
const people: PlacedPerson[] = [
	{ id: 'centre', x: 0, y: 0 },
	{ id: 'left', x: -10, y: 0 },
	{ id: 'up', x: 0, y: -10 },
	{ id: 'down', x: 0, y: 10 },
	{ id: 'far-right', x: 30, y: 0 },
	{ id: 'aside', x: 12, y: 14 }
];

describe('nextInDirection', () => {
	it('goes to the nearest person in each direction', () => {
		expect(nextInDirection(people, 'centre', 'left')).toBe('left');
		expect(nextInDirection(people, 'centre', 'up')).toBe('up');
		expect(nextInDirection(people, 'centre', 'down')).toBe('down');
	});

	it('prefers someone straight ahead to someone nearer but off to the side', () => {
		expect(nextInDirection(people, 'centre', 'right')).toBe('far-right');
	});

	it('returns null when nobody lies that way', () => {
		expect(nextInDirection(people, 'far-right', 'right')).toBeNull();
		expect(nextInDirection(people, 'up', 'up')).toBeNull();
	});

	it('reaches every person from any start by arrow keys alone', () => {
		const reached = new Set<string>(['centre']);
		const queue = ['centre'];
		while (queue.length) {
			const from = queue.shift()!;
			for (const direction of ['left', 'right', 'up', 'down'] as const) {
				const next = nextInDirection(people, from, direction);
				if (next && !reached.has(next)) {
					reached.add(next);
					queue.push(next);
				}
			}
		}
		expect([...reached].sort()).toEqual(people.map((p) => p.id).sort());
	});

	it('starts at the top-left person when nobody has the focus yet, or the focus is gone', () => {
		expect(nextInDirection(people, null, 'right')).toBe('left');
		expect(nextInDirection(people, 'someone who left', 'down')).toBe('left');
		expect(firstInReadingOrder([])).toBeNull();
	});
});
