package dev.looplab.account;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Makes sure a fresh installation can be administered: creates the account
 * {@value #ADMIN_NAME} on the first start. An existing admin account is never touched, so
 * restarting with a different {@code LOOPLAB_ADMIN_PASSWORD} changes nothing.
 */
@Component
class AdminAccountBootstrap implements ApplicationRunner {

	static final String ADMIN_NAME = "admin";

	private static final Logger logger = LoggerFactory.getLogger(AdminAccountBootstrap.class);

	// Letters and digits that cannot be mistaken for one another when read off a log.
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final int GENERATED_LENGTH = 20;

	private final UserAccounts users;

	private final PasswordEncoder passwordEncoder;

	private final AdminProperties properties;

	private final SecureRandom random = new SecureRandom();

	AdminAccountBootstrap(UserAccounts users, PasswordEncoder passwordEncoder, AdminProperties properties) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.users.exists(ADMIN_NAME)) {
			return;
		}
		String given = this.properties.password();
		boolean generated = !StringUtils.hasText(given);
		String password = generated ? generatePassword() : checked(given);
		try {
			this.users.insert(ADMIN_NAME, this.passwordEncoder.encode(password), Role.ADMIN);
		}
		catch (DuplicateKeyException ex) {
			// Another instance on the same database created it first; its password
			// stands.
			return;
		}
		if (generated) {
			logger.warn("Created the admin account '{}' with the generated password: {}; "
					+ "change it or set LOOPLAB_ADMIN_PASSWORD", ADMIN_NAME, password);
		}
		else {
			logger.info("Created the admin account '{}' with the password from LOOPLAB_ADMIN_PASSWORD", ADMIN_NAME);
		}
	}

	private static String checked(String password) {
		if (!Passwords.isLongEnough(password) || !Passwords.fitsHash(password)) {
			throw new IllegalStateException("LOOPLAB_ADMIN_PASSWORD must have at least " + Passwords.MIN_LENGTH
					+ " characters and at most " + Passwords.MAX_BYTES + " bytes");
		}
		return password;
	}

	private String generatePassword() {
		StringBuilder password = new StringBuilder(GENERATED_LENGTH);
		for (int i = 0; i < GENERATED_LENGTH; i++) {
			password.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
