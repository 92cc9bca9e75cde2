/// <reference lib="webworker" />
import { hitBuffers } from './storyline-hits';
import { StorylineSession, type StorylineRequest } from './storyline-session';

// The explorer's storyline, away from the page: ordering 2,000 people takes seconds, their
// geometry about two, and painting it a canvas; the page only ever receives small answers.
const session = new StorylineSession();
// One request at a time, in the order sent, even while one awaits a download.
let queue: Promise<void> = Promise.resolve();

self.onmessage = (event: MessageEvent<StorylineRequest>) => {
	queue = queue.then(async () => {
		const answer = await session.handle(event.data, (notice) => self.postMessage(notice));
		self.postMessage(answer, answer.kind === 'laid-out' ? hitBuffers(answer.hits) : []);
	});
};
