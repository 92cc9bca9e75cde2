import { playbackStart, playbackTick, type PlaybackWrite } from '$lib/model/playback';

/** The months playback runs through, read afresh on every tick (they are a component's props). */
export interface PlaybackTimeline {
	months: () => readonly string[];
	month: () => string;
	onchange: (month: string, history: PlaybackWrite['history']) => void;
}

/**
 * The time bar's playback: while playing, one tick every `1 / speed` seconds moves the month on
 * (see `playbackTick`); it stops at the last month, and a pause settles where it is.
 */
export class Playback {
	playing = $state(false);
	/** Months per second. */
	speed = $state(2);
	private timer: ReturnType<typeof setInterval> | undefined;

	constructor(private readonly timeline: PlaybackTimeline) {}

	play() {
		const start = playbackStart(this.timeline.months(), this.timeline.month());
		if (start) this.timeline.onchange(start.month, start.history);
		this.playing = true;
		this.restart();
	}

	/** Stops, and commits the month shown as a history entry. */
	pause() {
		this.stop();
		this.timeline.onchange(this.timeline.month(), 'commit');
	}

	toggle() {
		if (this.playing) this.pause();
		else this.play();
	}

	setSpeed(speed: number) {
		this.speed = speed;
		if (this.playing) this.restart();
	}

	/** Stops without writing anything, as when the time bar goes away. */
	stop() {
		this.playing = false;
		clearInterval(this.timer);
		this.timer = undefined;
	}

	private restart() {
		clearInterval(this.timer);
		this.timer = setInterval(() => this.tick(), 1000 / this.speed);
	}

	private tick() {
		const { writes, stop } = playbackTick(this.timeline.months(), this.timeline.month());
		if (stop) this.stop();
		for (const write of writes) this.timeline.onchange(write.month, write.history);
	}
}
