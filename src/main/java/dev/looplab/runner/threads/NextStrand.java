package dev.looplab.runner.threads;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Which ready thread runs next. Without a seed, the first in the ready queue (first in,
 * first out: threads take turns in the order they became ready), and a thread keeps the
 * baton until it blocks or yields. With a seed, a random one, chosen again at every
 * scheduling point, so that the seed names one interleaving and replays it.
 */
final class NextStrand {

	private final SplittableRandom random;

	private NextStrand(SplittableRandom random) {
		this.random = random;
	}

	static NextStrand inOrder() {
		return new NextStrand(null);
	}

	static NextStrand seeded(long seed) {
		return new NextStrand(new SplittableRandom(seed));
	}

	/** Whether every scheduling point may switch threads, not only blocking ones. */
	boolean choosesAtEveryPoint() {
		return this.random != null;
	}

	/** Takes the next thread out of the non-empty ready queue. */
	Strand take(List<Strand> ready) {
		return ready.remove((this.random != null) ? this.random.nextInt(ready.size()) : 0);
	}

}
