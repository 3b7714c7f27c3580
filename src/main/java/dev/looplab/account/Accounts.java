package dev.looplab.account;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creates accounts, lists them and changes their roles. Callers check the rules in
 * {@link UserNames} and {@link Passwords} first so they can explain a refusal; this class
 * enforces them again.
 */
@Service
public class Accounts {

	private final UserAccounts users;

	private final PasswordEncoder passwordEncoder;

	Accounts(UserAccounts users, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
	}

	/**
	 * Creates a learner account.
	 * @param typedName the user name as typed; it is stored normalized
	 * @param password the password in clear
	 * @return the stored user name
	 * @throws UserNameTakenException if an account already has the name
	 * @throws IllegalArgumentException if the name or password breaks the rules
	 */
	public String registerLearner(String typedName, String password) {
		String username = UserNames.normalize(typedName);
		if (!UserNames.isAllowed(username)) {
			throw new IllegalArgumentException("User name breaks the rules: " + username);
		}
		if (!Passwords.isLongEnough(password) || !Passwords.fitsHash(password)) {
			throw new IllegalArgumentException("Password breaks the rules");
		}
		if (this.users.exists(username)) {
			throw new UserNameTakenException(username);
		}
		try {
			this.users.insert(username, this.passwordEncoder.encode(password), Role.LEARNER);
		}
		catch (DuplicateKeyException ex) {
			// Someone took the name between the check and the insert.
			throw new UserNameTakenException(username);
		}
		return username;
	}

	/**
	 * The user names of the enabled learner accounts, in alphabetical order (for the
	 * gradebook's rows).
	 */
	public List<String> learnerNames() {
		return this.users.namesWithRole(Role.LEARNER);
	}

	/**
	 * Every account, in alphabetical order (for the admins' user list).
	 */
	public List<AccountSummary> all() {
		return this.users.summaries();
	}

	/**
	 * Gives an account another role. Someone already signed in keeps the role they signed
	 * in with until they sign in again.
	 * @param changedBy the name of the admin who asks
	 * @param typedName the account to change
	 * @param role the new role
	 * @return the account as it is now
	 * @throws OwnRoleChangeException if the admin names their own account
	 * @throws UnknownAccountException if there is no such account
	 */
	public AccountSummary changeRole(String changedBy, String typedName, Role role) {
		String username = UserNames.normalize(typedName);
		if (username.equals(UserNames.normalize(changedBy))) {
			throw new OwnRoleChangeException(username);
		}
		if (!this.users.updateRole(username, role)) {
			throw new UnknownAccountException(username);
		}
		return find(username).orElseThrow(() -> new UnknownAccountException(username));
	}

	/**
	 * Looks an account up.
	 * @param typedName the user name as typed
	 * @return the account, or empty if there is none by that name
	 */
	public Optional<AccountSummary> find(String typedName) {
		return this.users.findByUsername(UserNames.normalize(typedName))
			.map((account) -> new AccountSummary(account.username(), account.role(), account.createdAt()));
	}

}
