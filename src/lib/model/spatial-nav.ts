/** A person's place on the drawn graph. */
export interface PlacedPerson {
	id: string;
	x: number;
	y: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

const AXIS: Record<Direction, readonly [number, number]> = {
	left: [-1, 0],
	right: [1, 0],
	up: [0, -1],
	down: [0, 1]
};

/** How much more a step aside counts than a step ahead when choosing the nearest person. */
const SIDEWAYS_COST = 2;

/**
 * Where an arrow key goes from `from` on the graph: the nearest person in that direction, with
 * people straight ahead preferred to people off to the side (as spatial navigation on TVs does);
 * `null` when nobody lies that way. From nobody, the first person in reading order (top left).
 */
export function nextInDirection(
	people: readonly PlacedPerson[],
	from: string | null,
	direction: Direction
): string | null {
	const origin = from === null ? undefined : people.find((p) => p.id === from);
	if (!origin) return firstInReadingOrder(people);
	const [ax, ay] = AXIS[direction];
	let best: string | null = null;
	let bestCost = Infinity;
	for (const person of people) {
		if (person.id === origin.id) continue;
		const dx = person.x - origin.x;
		const dy = person.y - origin.y;
		const ahead = dx * ax + dy * ay;
		if (ahead <= 0) continue;
		const aside = Math.abs(dx * ay - dy * ax);
		const cost = ahead + SIDEWAYS_COST * aside;
		if (cost < bestCost || (cost === bestCost && best !== null && person.id < best)) {
			best = person.id;
			bestCost = cost;
		}
	}
	return best;
}

/** The top-left person: the least `y`, then the least `x` (ties by id, so it is stable). */
export function firstInReadingOrder(people: readonly PlacedPerson[]): string | null {
	let first: PlacedPerson | null = null;
	for (const person of people)
		if (
			!first ||
			person.y + person.x < first.y + first.x ||
			(person.y + person.x === first.y + first.x && person.id < first.id)
		)
			first = person;
	return first?.id ?? null;
}
