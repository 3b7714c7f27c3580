package dev.looplab.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed.
 */
@Configuration(proxyBeanMethods = false)
class PasswordEncoding {

	/**
	 * Hashes new passwords with bcrypt and prefixes the algorithm's id, so that stored
	 * hashes keep working if the default algorithm changes later.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
