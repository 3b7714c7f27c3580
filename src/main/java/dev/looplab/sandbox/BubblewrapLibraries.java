package dev.looplab.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The host folders a JVM needs to see besides its own home: those holding the shared
 * libraries {@code ldd} resolves for the launcher, the JVM and the JDK's native libraries
 * (which the JVM loads later), and for the {@code env} that clears the environment.
 * Binding only these keeps the rest of {@code /usr} out of sight.
 */
final class BubblewrapLibraries {

	private static final Pattern LIBRARY = Pattern.compile("(?:=>\\s+|^\\s*)(/\\S+)\\s+\\(0x");

	/** Where libraries usually are, for hosts without {@code ldd}. */
	private static final List<Path> USUAL = List.of(Path.of("/lib"), Path.of("/lib64"), Path.of("/usr/lib"),
			Path.of("/usr/lib64"));

	/**
	 * Found once per JDK and binaries: {@code ldd} on the JDK's hundred libraries takes
	 * about a second, and tests start many servers in one JVM.
	 */
	private static final Map<List<Path>, List<Path>> FOUND = new ConcurrentHashMap<>();

	private BubblewrapLibraries() {
	}

	/** The folders to bind read-only, none inside another, plus the loader's cache. */
	static List<Path> discover(Path javaHome, List<Path> otherBinaries) {
		List<Path> key = new ArrayList<>(otherBinaries);
		key.add(javaHome);
		return FOUND.computeIfAbsent(List.copyOf(key), (ignored) -> List.copyOf(find(javaHome, otherBinaries)));
	}

	private static List<Path> find(Path javaHome, List<Path> otherBinaries) {
		List<Path> binaries = new ArrayList<>(otherBinaries);
		binaries.add(javaHome.resolve("bin/java"));
		binaries.add(javaHome.resolve("lib/server/libjvm.so"));
		try (Stream<Path> libraries = Files.list(javaHome.resolve("lib"))) {
			libraries.filter((file) -> file.getFileName().toString().endsWith(".so")).forEach(binaries::add);
		}
		catch (IOException ex) {
			// The launcher and the JVM are enough to start; the rest is a bonus.
		}
		List<Path> folders;
		try {
			folders = folders(lddOutput(binaries), javaHome);
		}
		catch (IOException ex) {
			folders = USUAL.stream().filter(Files::isDirectory).toList();
		}
		List<Path> binds = new ArrayList<>(folders);
		Path cache = Path.of("/etc/ld.so.cache");
		if (Files.exists(cache)) {
			binds.add(cache);
		}
		return binds;
	}

	/**
	 * The folders of every library path in {@code ldd}'s output, both as written and as
	 * resolved (the loader follows symbolic links such as {@code /lib64 -> usr/lib64}).
	 */
	static List<Path> folders(String lddOutput, Path javaHome) {
		Path home = realPath(javaHome);
		TreeSet<Path> folders = new TreeSet<>();
		for (String line : lddOutput.lines().toList()) {
			Matcher library = LIBRARY.matcher(line);
			if (library.find()) {
				Path path = Path.of(library.group(1));
				folders.add(path.getParent());
				folders.add(realPath(path).getParent());
			}
		}
		List<Path> outermost = new ArrayList<>();
		for (Path folder : folders) {
			boolean covered = folder.startsWith(javaHome) || folder.startsWith(home)
					|| outermost.stream().anyMatch(folder::startsWith);
			if (!covered) {
				outermost.add(folder);
			}
		}
		return outermost;
	}

	private static String lddOutput(List<Path> binaries) throws IOException {
		List<String> command = new ArrayList<>(List.of("ldd"));
		binaries.stream().filter(Files::exists).map(Path::toString).forEach(command::add);
		Process ldd = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(ldd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			if (!ldd.waitFor(10, TimeUnit.SECONDS)) {
				ldd.destroyForcibly();
				throw new IOException("ldd did not finish");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while running ldd", ex);
		}
		return output;
	}

	private static Path realPath(Path path) {
		try {
			return path.toRealPath();
		}
		catch (IOException ex) {
			return path;
		}
	}

}
