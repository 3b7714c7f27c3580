package dev.looplab.stream.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on event streams ({@code GET .../events} and the pages' streams), bound from
 * {@code looplab.streams.*}.
 *
 * @param perClient streams one client may hold open at once (signed-in users by name,
 * others by address); past it 429
 * @param total streams the server holds open at once; past it 503
 * @param maxLagBytes how far (in bytes of events) a reader may fall behind the newest
 * event before its stream is closed with a {@code dropped} event
 * @param maxLagEvents the same bound counted in events
 * @param maxDuration how long one stream may stay open; then it ends with a
 * {@code dropped} event and the client resumes with {@code Last-Event-ID}
 * @param keepAlive how often a quiet stream sends a comment, which keeps proxies from
 * closing it and finds clients that are gone (their place is then given back within this
 * interval plus a second)
 */
@ConfigurationProperties("looplab.streams")
record StreamProperties(@DefaultValue("16") int perClient, @DefaultValue("2048") int total,
		@DefaultValue("4MB") DataSize maxLagBytes, @DefaultValue("50000") int maxLagEvents,
		@DefaultValue("15m") Duration maxDuration, @DefaultValue("20s") Duration keepAlive) {
}
