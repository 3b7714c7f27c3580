package dev.looplab.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;

/**
 * Personal API tokens: a long random secret per token, shown to its owner once and stored
 * only as a SHA-256 hash. Checking one costs a hash and an indexed lookup, not a bcrypt
 * check, so scripts can call the API as often as the API's own limits allow.
 */
@Service
public class ApiTokens {

	/** What every token starts with, so that a leaked one is recognisable. */
	public static final String PREFIX = "llt_";

	/** Longest token name, in characters (the column is this wide). */
	public static final int MAX_NAME_LENGTH = 60;

	private static final int RANDOM_BYTES = 32;

	private static final int HINT_LENGTH = PREFIX.length() + 6;

	// Longer than any token this class makes; anything longer is not hashed at all.
	private static final int MAX_TOKEN_LENGTH = 100;

	private final ApiTokenRows rows;

	private final UserAccounts users;

	private final AccountProperties properties;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(ApiTokenRows rows, UserAccounts users, AccountProperties properties) {
		this.rows = rows;
		this.users = users;
		this.properties = properties;
	}

	/**
	 * Creates a token for an account.
	 * @param username the owner's (normalized) name
	 * @param typedName what the owner calls the token
	 * @return the token with its value, which is not stored and cannot be shown again
	 * @throws ApiTokenRefusedException if the name is empty or too long, or the account
	 * holds as many tokens as it may
	 */
	public NewApiToken create(String username, String typedName) {
		String name = (typedName != null) ? typedName.strip() : "";
		if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
			throw new ApiTokenRefusedException("Give the token a name of 1 to " + MAX_NAME_LENGTH
					+ " characters, such as the machine or script that will use it.");
		}
		int max = this.properties.maxApiTokens();
		if (this.rows.countOfOwner(username) >= max) {
			throw new ApiTokenRefusedException("An account may hold " + max
					+ " API tokens and yours has that many; revoke one you no longer use, then create the new one.");
		}
		byte[] secret = new byte[RANDOM_BYTES];
		this.random.nextBytes(secret);
		String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		String hint = value.substring(0, HINT_LENGTH);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		long id = this.rows.insert(username, name, sha256(value), hint, now);
		return new NewApiToken(new ApiTokenSummary(id, name, hint, now), value);
	}

	/** The account's tokens, oldest first. */
	public List<ApiTokenSummary> of(String username) {
		return this.rows.ofOwner(username);
	}

	/**
	 * Revokes one of an account's tokens; the next request that sends it is refused.
	 * @return whether the account had that token
	 */
	public boolean revoke(String username, long id) {
		return this.rows.delete(username, id);
	}

	/**
	 * Finds who a token belongs to.
	 * @param value the token as sent
	 * @return the owner, as Spring Security signs them in, or empty if the token is
	 * unknown, revoked or its account disabled
	 */
	public Optional<UserDetails> owner(String value) {
		if (value == null || value.length() > MAX_TOKEN_LENGTH || !value.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return this.rows.ownerOf(sha256(value))
			.flatMap(this.users::findByUsername)
			.filter(UserAccount::enabled)
			.map(AccountUserDetailsService::toUserDetails);
	}

	private static String sha256(String value) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
