package dev.looplab.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which the sandbox's line is served: next is the waiting ticket whose
 * client has the fewest sandboxes in use, then the one whose client has used the least
 * sandbox time lately ({@link RecentUse}), then the one that came first. A place in line
 * is where the ticket would be served if nothing else came or left; a newcomer with
 * nothing in use, or a lighter user, may still go ahead of it, which is the point.
 */
final class FairOrder {

	private FairOrder() {
	}

	/** The ticket to admit next; the line must not be empty. */
	static SandboxTicket next(List<SandboxTicket> line, Map<String, Integer> inUse, RecentUse used, long now) {
		SandboxTicket best = null;
		int fewest = Integer.MAX_VALUE;
		double least = Double.MAX_VALUE;
		for (SandboxTicket ticket : line) {
			int using = inUse.getOrDefault(ticket.client(), 0);
			double use = used.of(ticket.client(), now);
			if (using < fewest || (using == fewest && use < least)) {
				best = ticket;
				fewest = using;
				least = use;
			}
		}
		return best;
	}

	/** The ticket's place, 1 being next, as if the line were served from now on. */
	static int placeOf(SandboxTicket ticket, List<SandboxTicket> line, Map<String, Integer> inUse, RecentUse used,
			long now) {
		List<SandboxTicket> rest = new ArrayList<>(line);
		Map<String, Integer> using = new HashMap<>(inUse);
		for (int place = 1; !rest.isEmpty(); place++) {
			SandboxTicket next = next(rest, using, used, now);
			if (next == ticket) {
				return place;
			}
			rest.remove(next);
			using.merge(next.client(), 1, Integer::sum);
		}
		throw new IllegalStateException("A waiting ticket is not in line");
	}

}
