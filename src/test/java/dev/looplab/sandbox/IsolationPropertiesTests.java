package dev.looplab.sandbox;

import java.io.IOException;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The isolation settings bind from {@code looplab.sandbox.*} with their defaults, and the
 * production profile asks for the strongest isolation.
 */
class IsolationPropertiesTests {

	@Test
	void unsetIsolationSettingsTakeTheirDefaults() {
		SandboxProperties properties = bind(Map.of("looplab.sandbox.pool-size", "3"));

		assertThat(properties.minimumIsolation()).isEqualTo("none");
		assertThat(properties.isolation()).isEqualTo(IsolationProperties.defaults());
		assertThat(properties.poolSize()).isEqualTo(3);
	}

	@Test
	void isolationSettingsBindFromTheirKeys() {
		SandboxProperties properties = bind(Map.of("looplab.sandbox.minimum-isolation", "bwrap+cgroup",
				"looplab.sandbox.isolation.memory-megabytes", "300", "looplab.sandbox.isolation.max-processes", "64",
				"looplab.sandbox.isolation.cpus", "0.5", "looplab.sandbox.isolation.aot-cache-directory", "/data/x"));

		assertThat(IsolationLevel.parse(properties.minimumIsolation())).isEqualTo(IsolationLevel.BWRAP_CGROUP);
		assertThat(properties.isolation().memoryMegabytes()).isEqualTo(300);
		assertThat(properties.isolation().maxProcesses()).isEqualTo(64);
		assertThat(properties.isolation().cpus()).isEqualTo(0.5);
		assertThat(properties.isolation().aotCacheDirectory()).isEqualTo("/data/x");
		assertThat(properties.isolation().firstUid()).isEqualTo(61000);
		assertThat(IsolationLimits.forRunner(properties).cpuQuotaMicros(100_000)).isEqualTo(50_000);
	}

	@Test
	void theProductionProfileRefusesAnythingBelowBubblewrapWithCgroups() throws IOException {
		Properties production = new Properties();
		try (var in = new ClassPathResource("application-production.properties").getInputStream()) {
			production.load(in);
		}

		assertThat(IsolationLevel.parse(production.getProperty("looplab.sandbox.minimum-isolation")))
			.isEqualTo(IsolationLevel.BWRAP_CGROUP);
	}

	private static SandboxProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("looplab.sandbox",
				SandboxProperties.class);
	}

}
