package dev.looplab.catalog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * Loads the course once at start-up. The course is small, and a broken chapter should
 * stop the application before it serves a page rather than fail on first view.
 */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(CatalogConfiguration.class);

	@Bean
	Course course(ContentProperties properties, ResourceLoader resourceLoader) {
		ResourcePatternResolver resolver = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
		ContentRoot root = ContentRoot.locate(properties.contentDir(), resolver);
		Course course = new CourseLoader(resolver).load(root);
		logger.info("Loaded the course from {}: {} chapters, {} examples, {} exercises", root.label(),
				course.chapters().size(), course.exampleCount(), course.exercises().size());
		return course;
	}

}
