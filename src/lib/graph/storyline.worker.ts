/// <reference lib="webworker" />
import type { Dataset } from '../model/schema';
import type { StageFilter } from '../model/snapshot';
import { computeStoryline, type Storyline } from '../model/storyline';

export interface StorylineRequest {
	id: number;
	dataset: Dataset;
	filter: StageFilter;
}

export type StorylineReply =
	| { id: number; kind: 'done'; storyline: Storyline; ms: number }
	| { id: number; kind: 'failed'; message: string };

// Orders the storyline away from the page: for 2,000 people it takes a second or more.
self.onmessage = (event: MessageEvent<StorylineRequest>) => {
	const { id, dataset, filter } = event.data;
	const started = performance.now();
	try {
		const storyline = computeStoryline(dataset, { filter });
		self.postMessage({
			id,
			kind: 'done',
			storyline,
			ms: performance.now() - started
		} satisfies StorylineReply);
	} catch (error) {
		self.postMessage({
			id,
			kind: 'failed',
			message: (error as Error).message
		} satisfies StorylineReply);
	}
};
