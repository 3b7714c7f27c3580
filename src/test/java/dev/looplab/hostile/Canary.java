package dev.looplab.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A file on the host, outside any sandbox, holding a secret. It is deliberately readable
 * and writable by everyone, in a folder everyone may write to, so that only the sandbox's
 * isolation (and not file permissions) keeps a program from reading or changing it.
 */
final class Canary {

	private static final FileTime PLANTED = FileTime.from(Instant.parse("2020-02-02T02:02:02Z"));

	private final Path directory;

	private final Path file;

	private final String secret;

	private Canary(Path directory, Path file, String secret) {
		this.directory = directory;
		this.file = file;
		this.secret = secret;
	}

	/**
	 * Plants a canary under /var/tmp, which, unlike /tmp, a sandbox has no reason to
	 * replace.
	 */
	static Canary plant() throws IOException {
		Path directory = Files.createTempDirectory(Path.of("/var/tmp"), "looplab-hostile-");
		Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxrwxrwx"));
		Canary canary = new Canary(directory, directory.resolve("canary.txt"), "looplab-secret-" + UUID.randomUUID());
		canary.restore();
		return canary;
	}

	Path file() {
		return this.file;
	}

	String secret() {
		return this.secret;
	}

	/** What a program changed about the canary or its folder; empty when nothing. */
	List<String> tampering() throws IOException {
		List<String> problems = new ArrayList<>();
		if (!Files.isRegularFile(this.file)) {
			problems.add("the canary file is gone");
		}
		else {
			if (!Files.readString(this.file, StandardCharsets.UTF_8).equals(this.secret)) {
				problems.add("the canary's content changed");
			}
			if (!Files.getLastModifiedTime(this.file).equals(PLANTED)) {
				problems.add("the canary's modification time changed");
			}
		}
		try (Stream<Path> entries = Files.list(this.directory)) {
			entries.filter((entry) -> !entry.equals(this.file))
				.forEach((entry) -> problems.add("a file appeared beside the canary: " + entry));
		}
		return problems;
	}

	/** Puts the canary back as planted, so that the next case starts clean. */
	void restore() throws IOException {
		try (Stream<Path> entries = Files.list(this.directory)) {
			for (Path entry : entries.filter((entry) -> !entry.equals(this.file)).toList()) {
				Files.deleteIfExists(entry);
			}
		}
		Files.writeString(this.file, this.secret, StandardCharsets.UTF_8);
		Files.setPosixFilePermissions(this.file, PosixFilePermissions.fromString("rw-rw-rw-"));
		Files.setLastModifiedTime(this.file, PLANTED);
	}

	void remove() throws IOException {
		try (Stream<Path> entries = Files.list(this.directory)) {
			for (Path entry : entries.toList()) {
				Files.deleteIfExists(entry);
			}
		}
		Files.deleteIfExists(this.directory);
	}

}
