package dev.looplab.runner;

import java.time.Clock;
import java.time.Duration;
import java.time.InstantSource;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Locale;
import java.util.TimeZone;

import dev.looplab.aio.VirtualClock;

/**
 * Where learner code reads the time: the sandbox rewrites calls to
 * {@code System.nanoTime}, {@code System.currentTimeMillis}, the system clocks of
 * {@code java.time} (every {@code now()} goes through {@link #systemDefaultZone()} or
 * {@link #system(ZoneId)}), {@code new Date()} and {@code Calendar.getInstance} into
 * calls to these methods. They read the real clock unless the runner installed
 * {@link VirtualClock} (asyncio-style programs run in virtual time), then they read that.
 */
public final class LearnerClock {

	private LearnerClock() {
	}

	public static long nanoTime() {
		VirtualClock virtual = VirtualClock.installed();
		return (virtual != null) ? virtual.nanoTime() : System.nanoTime();
	}

	public static long currentTimeMillis() {
		VirtualClock virtual = VirtualClock.installed();
		return (virtual != null) ? virtual.currentTimeMillis() : System.currentTimeMillis();
	}

	public static Clock systemDefaultZone() {
		VirtualClock virtual = VirtualClock.installed();
		return (virtual != null) ? virtual.clock(ZoneId.systemDefault()) : Clock.systemDefaultZone();
	}

	public static Clock system(ZoneId zone) {
		VirtualClock virtual = VirtualClock.installed();
		return (virtual != null) ? virtual.clock(zone) : Clock.system(zone);
	}

	public static Clock systemUTC() {
		VirtualClock virtual = VirtualClock.installed();
		return (virtual != null) ? virtual.clock(ZoneOffset.UTC) : Clock.systemUTC();
	}

	public static Clock tickMillis(ZoneId zone) {
		VirtualClock virtual = VirtualClock.installed();
		return (virtual != null) ? Clock.tick(virtual.clock(zone), Duration.ofMillis(1)) : Clock.tickMillis(zone);
	}

	public static Clock tickSeconds(ZoneId zone) {
		VirtualClock virtual = VirtualClock.installed();
		return (virtual != null) ? Clock.tick(virtual.clock(zone), Duration.ofSeconds(1)) : Clock.tickSeconds(zone);
	}

	public static Clock tickMinutes(ZoneId zone) {
		VirtualClock virtual = VirtualClock.installed();
		return (virtual != null) ? Clock.tick(virtual.clock(zone), Duration.ofMinutes(1)) : Clock.tickMinutes(zone);
	}

	public static InstantSource instantSource() {
		VirtualClock virtual = VirtualClock.installed();
		return (virtual != null) ? virtual.clock(ZoneOffset.UTC) : InstantSource.system();
	}

	public static Calendar calendar() {
		return onVirtualTime(Calendar.getInstance());
	}

	public static Calendar calendar(TimeZone zone) {
		return onVirtualTime(Calendar.getInstance(zone));
	}

	public static Calendar calendar(Locale locale) {
		return onVirtualTime(Calendar.getInstance(locale));
	}

	public static Calendar calendar(TimeZone zone, Locale locale) {
		return onVirtualTime(Calendar.getInstance(zone, locale));
	}

	private static Calendar onVirtualTime(Calendar calendar) {
		VirtualClock virtual = VirtualClock.installed();
		if (virtual != null) {
			calendar.setTimeInMillis(virtual.currentTimeMillis());
		}
		return calendar;
	}

}
