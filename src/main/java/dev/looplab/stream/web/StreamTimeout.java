package dev.looplab.stream.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A stream ends itself after {@code looplab.streams.max-duration}; the container's async
 * timeout (30 s in Tomcat unless set) must not cut it off before that.
 */
@Configuration(proxyBeanMethods = false)
// Web slice tests pick up this configurer without scanning for properties.
@EnableConfigurationProperties(StreamProperties.class)
class StreamTimeout implements WebMvcConfigurer {

	private final StreamProperties properties;

	StreamTimeout(StreamProperties properties) {
		this.properties = properties;
	}

	@Override
	public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
		configurer.setDefaultTimeout(this.properties.maxDuration().plusMinutes(1).toMillis());
	}

}
