package dev.looplab.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for accounts ({@code looplab.accounts.*}).
 *
 * @param selfRegistration whether visitors may create their own learner accounts at
 * {@code /register}
 * @param signInThrottle how many failed sign-ins are allowed before further attempts are
 * refused
 * @param registrationLimit how many accounts one network address may create
 * @param maxApiTokens how many personal API tokens one account may hold
 */
@ConfigurationProperties("looplab.accounts")
public record AccountProperties(@DefaultValue("true") boolean selfRegistration,
		@DefaultValue SignInThrottle signInThrottle, @DefaultValue RegistrationLimit registrationLimit,
		@DefaultValue("10") int maxApiTokens) {

	/**
	 * Failed sign-ins (form and HTTP Basic) allowed per account and per network address:
	 * each may fail this many times in a burst, and the allowance comes back evenly over
	 * {@code window}. A successful sign-in clears the account's count, not the address's.
	 *
	 * @param failuresPerAccount failures allowed for one user name
	 * @param failuresPerAddress failures allowed from one address (an IPv6 /64 counts as
	 * one), whatever the names tried
	 * @param window how long a full allowance takes to come back
	 * @param maxTracked how many user names, and separately how many addresses, are
	 * tracked at once; the least recently seen are forgotten first
	 */
	public record SignInThrottle(@DefaultValue("10") int failuresPerAccount, @DefaultValue("50") int failuresPerAddress,
			@DefaultValue("15m") Duration window, @DefaultValue("50000") int maxTracked) {
	}

	/**
	 * Self-registrations allowed per network address: {@code perAddress} in a burst,
	 * coming back evenly over {@code window}.
	 *
	 * @param perAddress accounts one address may create
	 * @param window how long a full allowance takes to come back
	 * @param maxTracked how many addresses are tracked at once
	 */
	public record RegistrationLimit(@DefaultValue("5") int perAddress, @DefaultValue("1h") Duration window,
			@DefaultValue("50000") int maxTracked) {
	}

}
