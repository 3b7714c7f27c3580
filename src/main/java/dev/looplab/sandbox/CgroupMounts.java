package dev.looplab.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where this host mounts the cgroup controllers the sandbox uses and which cgroup the
 * server itself is in, as read from {@code /proc/self/mountinfo} and
 * {@code /proc/self/cgroup}.
 *
 * @param v1Roots for each cgroup v1 controller in {@link #CONTROLLERS}, the root of its
 * hierarchy as mounted here
 * @param v2Own the server's own cgroup on the unified (v2) hierarchy, or null when there
 * is none
 */
record CgroupMounts(Map<String, Path> v1Roots, Path v2Own) {

	/** The controllers the sandbox limits with, in the order they are reported. */
	static final List<String> CONTROLLERS = List.of("memory", "pids", "cpu");

	static CgroupMounts read() throws IOException {
		return parse(Files.readAllLines(Path.of("/proc/self/mountinfo")),
				Files.readAllLines(Path.of("/proc/self/cgroup")));
	}

	static CgroupMounts parse(List<String> mountinfo, List<String> cgroupLines) {
		Map<String, Path> v1 = new LinkedHashMap<>();
		Path v2 = null;
		for (String line : mountinfo) {
			String[] halves = line.split(" - ", 2);
			String[] fields = halves[0].split(" ");
			if (halves.length < 2 || fields.length < 5) {
				continue;
			}
			String[] tail = halves[1].split(" ");
			String type = tail[0];
			Path mountPoint = Path.of(unescape(fields[4]));
			if (type.equals("cgroup") && tail.length >= 3) {
				for (String option : tail[2].split(",")) {
					if (CONTROLLERS.contains(option)) {
						v1.putIfAbsent(option, mountPoint);
					}
				}
			}
			else if (type.equals("cgroup2") && v2 == null) {
				v2 = ownUnifiedGroup(mountPoint, unescape(fields[3]), cgroupLines);
			}
		}
		return new CgroupMounts(Map.copyOf(v1), v2);
	}

	/** The server's v2 group: its path in the hierarchy, relative to what is mounted. */
	private static Path ownUnifiedGroup(Path mountPoint, String mountRoot, List<String> cgroupLines) {
		for (String line : cgroupLines) {
			if (line.startsWith("0::")) {
				String path = line.substring(3);
				if (!mountRoot.equals("/") && path.startsWith(mountRoot)) {
					path = path.substring(mountRoot.length());
				}
				String relative = path.replaceFirst("^/+", "");
				return relative.isEmpty() ? mountPoint : mountPoint.resolve(relative);
			}
		}
		return null;
	}

	/** mountinfo writes spaces and a few other bytes as octal escapes. */
	private static String unescape(String field) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < field.length(); i++) {
			char c = field.charAt(i);
			if (c == '\\' && i + 3 < field.length() && field.substring(i + 1, i + 4).matches("[0-7]{3}")) {
				text.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
				i += 3;
			}
			else {
				text.append(c);
			}
		}
		return text.toString();
	}

}
