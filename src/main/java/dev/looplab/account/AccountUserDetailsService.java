package dev.looplab.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Lets Spring Security sign people in against the {@code users} table, for the login form
 * and HTTP Basic alike.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccounts users;

	AccountUserDetailsService(UserAccounts users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String typedName) {
		// Names are stored in lower case, so "Ada" signs in as "ada".
		return this.users.findByUsername(UserNames.normalize(typedName))
			.map(AccountUserDetailsService::toUserDetails)
			.orElseThrow(() -> new UsernameNotFoundException("No account named " + typedName));
	}

	static UserDetails toUserDetails(UserAccount account) {
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.roles(account.role().name())
			.disabled(!account.enabled())
			.build();
	}

}
