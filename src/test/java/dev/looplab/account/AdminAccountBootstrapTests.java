package dev.looplab.account;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@ExtendWith(OutputCaptureExtension.class)
class AdminAccountBootstrapTests {

	private static final Pattern GENERATED = Pattern.compile(
			"WARN .*Created the admin account 'admin' with the generated password: (\\S+); change it or set LOOPLAB_ADMIN_PASSWORD");

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private JdbcClient jdbc;

	@BeforeEach
	void createDatabase() {
		this.jdbc = TestDatabase.migrated();
	}

	@Test
	void withoutAPasswordGeneratesOneAndLogsItOnce(CapturedOutput output) {
		start(null);

		Matcher logged = GENERATED.matcher(output.getAll());
		assertThat(logged.find()).as("the WARN line with the password").isTrue();
		String password = logged.group(1);
		assertThat(password).hasSize(20).matches("[A-Za-z0-9]+");
		assertThat(this.encoder.matches(password, adminHash())).isTrue();
		assertThat(adminRole()).isEqualTo("ADMIN");

		start(null);

		assertThat(GENERATED.matcher(output.getAll()).results()).hasSize(1);
		assertThat(adminCount()).isEqualTo(1);
		assertThat(this.encoder.matches(password, adminHash())).isTrue();
	}

	@Test
	void generatedPasswordsDiffer(CapturedOutput output) {
		start(null);
		this.jdbc = TestDatabase.migrated();
		start(null);

		assertThat(GENERATED.matcher(output.getAll()).results().map((result) -> result.group(1)).distinct()).hasSize(2);
	}

	@Test
	void withAPasswordUsesItAndLogsNoSecret(CapturedOutput output) {
		start("the operators chose this");

		assertThat(this.encoder.matches("the operators chose this", adminHash())).isTrue();
		assertThat(output.getAll()).doesNotContain("the operators chose this").doesNotContain("generated password");
	}

	@Test
	void restartingWithAnotherPasswordKeepsTheFirstAdmin() {
		start("the operators chose this");
		start("a different password now");

		assertThat(adminCount()).isEqualTo(1);
		assertThat(this.encoder.matches("the operators chose this", adminHash())).isTrue();
	}

	@Test
	void aBlankPasswordCountsAsNone(CapturedOutput output) {
		start("   ");

		assertThat(GENERATED.matcher(output.getAll()).find()).isTrue();
	}

	@Test
	void refusesAWeakPasswordFromTheEnvironment() {
		assertThatIllegalStateException().isThrownBy(() -> start("short"))
			.withMessageContaining("LOOPLAB_ADMIN_PASSWORD");
		assertThat(adminCount()).isZero();
	}

	@Test
	void theEnvironmentVariableBindsToTheAdminPassword() {
		MutablePropertySources sources = new MutablePropertySources();
		sources
			.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					Map.of("LOOPLAB_ADMIN_PASSWORD", "from the environment")));

		AdminProperties properties = new Binder(ConfigurationPropertySources.from(sources))
			.bind("looplab.admin", AdminProperties.class)
			.get();

		assertThat(properties.password()).isEqualTo("from the environment");
	}

	private void start(String password) {
		new AdminAccountBootstrap(new UserAccounts(this.jdbc), this.encoder, new AdminProperties(password))
			.run(new DefaultApplicationArguments());
	}

	private String adminHash() {
		return this.jdbc.sql("select password_hash from users where username = 'admin'").query(String.class).single();
	}

	private String adminRole() {
		return this.jdbc.sql("select role from users where username = 'admin'").query(String.class).single();
	}

	private long adminCount() {
		return this.jdbc.sql("select count(*) from users where username = 'admin'").query(Long.class).single();
	}

}
