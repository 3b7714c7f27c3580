package dev.looplab.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the course lives on disk ({@code looplab.content-dir}), relative to the working
 * directory unless absolute. Kept as text so that a missing folder means "use the bundled
 * copy" rather than being resolved some other way by a converter.
 */
@ConfigurationProperties("looplab")
record ContentProperties(@DefaultValue("content") String contentDir) {

}
