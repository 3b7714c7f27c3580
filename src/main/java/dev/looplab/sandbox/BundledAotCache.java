package dev.looplab.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;

/**
 * The AOT cache the Maven build trained for the runner jar (see {@link AotCacheBuild}),
 * nested in the application beside the jar with the name of the folder it fits. A server
 * whose JDK and sandbox flags match the build's puts it in place and needs no training
 * run; any other server trains its own in the background.
 */
final class BundledAotCache {

	private static final Logger log = LoggerFactory.getLogger(BundledAotCache.class);

	static final String CACHE = "sandbox/runner.aot";

	/** A text resource holding the folder name the bundled cache fits. */
	static final String KEY = CACHE + ".key";

	private BundledAotCache() {
	}

	/**
	 * Copies the bundled cache to {@code target} if it fits this folder and none is
	 * there.
	 */
	static void copyInto(Path folder, Path target) throws IOException {
		ClassPathResource key = new ClassPathResource(KEY);
		ClassPathResource cache = new ClassPathResource(CACHE);
		if (Files.exists(target) || !key.exists() || !cache.exists()) {
			return;
		}
		String fits = key.getContentAsString(StandardCharsets.UTF_8).strip();
		if (!fits.equals(folder.getFileName().toString())) {
			log.info("The AOT cache built with the application fits another JDK or other sandbox flags; training one");
			return;
		}
		Path copy = Files.createTempFile(folder, "runner.aot.", ".copy");
		try {
			try (InputStream in = cache.getInputStream()) {
				Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			}
			AotCacheFolder.readableByAll(copy);
			Files.move(copy, target);
		}
		catch (FileAlreadyExistsException ex) {
			// Another server put it there first.
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

}
