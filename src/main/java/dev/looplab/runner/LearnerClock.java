package dev.looplab.runner;

import java.time.Clock;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Where learner code reads the time: the sandbox rewrites calls to
 * {@code System.nanoTime}, {@code System.currentTimeMillis}, the system clocks of
 * {@code java.time} (every {@code now()} goes through {@link #systemDefaultZone()} or
 * {@link #system(ZoneId)}), {@code new Date()} and {@code Calendar.getInstance} into
 * calls to these methods. Today they read the real clock; a virtual clock can replace
 * them without touching learner code.
 */
public final class LearnerClock {

	private LearnerClock() {
	}

	public static long nanoTime() {
		return System.nanoTime();
	}

	public static long currentTimeMillis() {
		return System.currentTimeMillis();
	}

	public static Clock systemDefaultZone() {
		return Clock.systemDefaultZone();
	}

	public static Clock system(ZoneId zone) {
		return Clock.system(zone);
	}

	public static Clock systemUTC() {
		return Clock.systemUTC();
	}

	public static Clock tickMillis(ZoneId zone) {
		return Clock.tickMillis(zone);
	}

	public static Clock tickSeconds(ZoneId zone) {
		return Clock.tickSeconds(zone);
	}

	public static Clock tickMinutes(ZoneId zone) {
		return Clock.tickMinutes(zone);
	}

	public static InstantSource instantSource() {
		return InstantSource.system();
	}

	public static Calendar calendar() {
		return Calendar.getInstance();
	}

	public static Calendar calendar(TimeZone zone) {
		return Calendar.getInstance(zone);
	}

	public static Calendar calendar(Locale locale) {
		return Calendar.getInstance(locale);
	}

	public static Calendar calendar(TimeZone zone, Locale locale) {
		return Calendar.getInstance(zone, locale);
	}

}
