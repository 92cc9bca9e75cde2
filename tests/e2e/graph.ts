import type { Page } from '@playwright/test';

interface GraphHook {
	positionOf(id: string): { x: number; y: number } | null;
	renderedPositionOf(id: string): { x: number; y: number } | null;
	isAnimating(): boolean;
}

/** Waits until the graph is drawn and still, then returns where `ids` stand (model units). */
export async function positionsOf(page: Page, ids: readonly string[]) {
	await page.waitForFunction(() => {
		const graph = (window as unknown as { __factionsGraph?: GraphHook }).__factionsGraph;
		return graph !== undefined && !graph.isAnimating();
	});
	return page.evaluate((wanted) => {
		const graph = (window as unknown as { __factionsGraph: GraphHook }).__factionsGraph;
		return Object.fromEntries(wanted.map((id) => [id, graph.positionOf(id)]));
	}, ids);
}

export function distance(a: { x: number; y: number } | null, b: { x: number; y: number } | null) {
	if (!a || !b) throw new Error('a person is not on the graph');
	return Math.hypot(a.x - b.x, a.y - b.y);
}

/** Drags the Date slider one month at a time from its current month to `targetIndex`. */
export async function slideTo(page: Page, targetIndex: number) {
	await page.getByRole('slider', { name: 'Date' }).evaluate((input, target) => {
		const range = input as HTMLInputElement;
		const step = Number(range.value) < target ? 1 : -1;
		for (let value = Number(range.value); value !== target;) {
			value += step;
			range.value = String(value);
			range.dispatchEvent(new Event('input', { bubbles: true }));
		}
		range.dispatchEvent(new Event('change', { bubbles: true }));
	}, targetIndex);
}
