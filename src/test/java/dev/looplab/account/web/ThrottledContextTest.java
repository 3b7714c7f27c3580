package dev.looplab.account.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The set-up of the tests of throttles and API tokens: small allowances, a clock the
 * tests move, and a password encoder that counts its checks. Every test uses its own user
 * names and client addresses, since the counts (and the database) live as long as the one
 * context the classes share.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:account-throttles;DB_CLOSE_DELAY=-1",
		"looplab.sandbox.pool-size=0", "looplab.accounts.sign-in-throttle.failures-per-account=3",
		"looplab.accounts.sign-in-throttle.failures-per-address=8", "looplab.accounts.sign-in-throttle.window=60s",
		"looplab.accounts.registration-limit.per-address=2", "looplab.accounts.registration-limit.window=60s",
		"looplab.accounts.max-api-tokens=3" })
@AutoConfigureMockMvc
@Import(ThrottledContextTest.Clocks.class)
@interface ThrottledContextTest {

	/** Each refused attempt must wait this long for one more (60 s / 3). */
	String ACCOUNT_RETRY_AFTER = "20";

	@TestConfiguration(proxyBeanMethods = false)
	class Clocks {

		@Bean
		MovableClock movableClock() {
			return new MovableClock();
		}

		@Bean
		@Primary
		CountingPasswordEncoder countingPasswordEncoder() {
			return new CountingPasswordEncoder();
		}

	}

}
