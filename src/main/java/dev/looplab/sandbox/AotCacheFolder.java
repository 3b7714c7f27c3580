package dev.looplab.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Where the runner jar and its AOT cache live. A cache fits only the jar, the JDK and the
 * JVM flags it was trained with, so each combination gets a folder named after their
 * hashes, which every server start with the same build, JDK and settings finds again.
 * Folders no server has used for a week are removed. Everything is readable by any user,
 * because sandbox JVMs run as users of their own.
 */
final class AotCacheFolder {

	/**
	 * Changes whenever the way the cache is trained changes, so old caches are not used.
	 */
	private static final String TRAINING_FORMAT = "no-profiles-1";

	private static final Duration UNUSED_FOR = Duration.ofDays(7);

	private AotCacheFolder() {
	}

	/**
	 * The configured directory, or {@code looplab-runner} under the system's temporary
	 * folder when that is this user's (a folder someone else owns there could hold a jar
	 * they changed), or else a new private one.
	 */
	static Path root(String configured) throws IOException {
		if (configured != null && !configured.isBlank()) {
			return readableByAll(Files.createDirectories(Path.of(configured)));
		}
		Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
		Path shared = Files.createDirectories(temporary.resolve("looplab-runner"));
		Path probe = Files.createTempFile(temporary, "looplab-owner-", ".check");
		try {
			if (Files.getOwner(shared).equals(Files.getOwner(probe))) {
				return readableByAll(shared);
			}
		}
		finally {
			Files.deleteIfExists(probe);
		}
		return readableByAll(Files.createTempDirectory("looplab-runner-"));
	}

	/** The folder for this jar with these settings, created and marked as used now. */
	static Path forJar(Path root, byte[] jar, SandboxProperties properties) throws IOException {
		Path folder = root.resolve(name(jar, properties));
		readableByAll(Files.createDirectories(folder));
		Files.setLastModifiedTime(folder, FileTime.from(Instant.now()));
		removeUnused(root);
		return folder;
	}

	/** The folder's name: hashes of the jar and of the JDK and flags that run it. */
	static String name(byte[] jar, SandboxProperties properties) throws IOException {
		String flags = String.join(" ", ChildCommand.of(properties, Path.of("looplab-runner.jar")));
		String setup = TRAINING_FORMAT + "|" + flags + "|" + jdkIdentity(Path.of(properties.javaHomeOrOwn()));
		return hash(jar).substring(0, 16) + "-" + hash(setup.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
	}

	private static void removeUnused(Path root) {
		Instant cutoff = Instant.now().minus(UNUSED_FOR);
		try (Stream<Path> folders = Files.list(root)) {
			for (Path folder : folders.filter((f) -> f.getFileName().toString().matches("[0-9a-f]{16}-[0-9a-f]{8}"))
				.toList()) {
				if (Files.getLastModifiedTime(folder).toInstant().isBefore(cutoff)) {
					try (Stream<Path> files = Files.walk(folder)) {
						for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
							Files.deleteIfExists(file);
						}
					}
				}
			}
		}
		catch (IOException ex) {
			// Another server may be removing the same folder; an old folder costs only
			// disk.
		}
	}

	private static String jdkIdentity(Path javaHome) throws IOException {
		Path release = javaHome.resolve("release");
		Path modules = javaHome.resolve("lib/modules");
		return (Files.exists(release) ? Files.readString(release) : javaHome.toString()) + "|"
				+ (Files.exists(modules) ? Files.size(modules) + "@" + Files.getLastModifiedTime(modules) : "");
	}

	private static String hash(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	static Path readableByAll(Path path) throws IOException {
		boolean folder = Files.isDirectory(path);
		Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(folder ? "rwxr-xr-x" : "rw-r--r--"));
		return path;
	}

}
