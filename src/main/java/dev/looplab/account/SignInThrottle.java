package dev.looplab.account;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Limits password guessing, for the login form and HTTP Basic alike. Every attempt takes
 * one from the allowance of its user name and one from that of its address
 * <em>before</em> the password is checked, so a refused attempt costs no bcrypt work and
 * parallel guesses cannot slip past the count. Only a wrong password keeps what it took:
 * a success clears the name's count and returns the address's (so signing in to one's own
 * account between guesses does not wipe an address's record).
 */
@Component
public class SignInThrottle {

	private final AttemptBuckets names;

	private final AttemptBuckets addresses;

	SignInThrottle(AccountProperties properties, ObjectProvider<InstantSource> clock) {
		AccountProperties.SignInThrottle limits = properties.signInThrottle();
		InstantSource time = clock.getIfAvailable(InstantSource::system);
		this.names = new AttemptBuckets(limits.failuresPerAccount(), limits.window(), limits.maxTracked(), time);
		this.addresses = new AttemptBuckets(limits.failuresPerAddress(), limits.window(), limits.maxTracked(), time);
	}

	/**
	 * Counts an attempt about to check a password.
	 * @param typedName the user name as typed
	 * @param remoteAddress the client's address
	 * @return why the attempt must be refused unchecked, or empty to go on and check it
	 */
	public Optional<Throttled> beforeAttempt(String typedName, String remoteAddress) {
		String name = UserNames.normalize(typedName);
		Duration nameWait = this.names.take(name);
		if (nameWait.isPositive()) {
			return Optional.of(Throttled.after(nameWait, "Too many failed sign-ins for this account"));
		}
		Duration addressWait = this.addresses.take(AddressKeys.of(remoteAddress));
		if (addressWait.isPositive()) {
			this.names.giveBack(name);
			return Optional.of(Throttled.after(addressWait, "Too many failed sign-ins from your network address"));
		}
		return Optional.empty();
	}

	/**
	 * The password was right: the name starts afresh and the address gets its attempt
	 * back.
	 */
	public void succeeded(String typedName, String remoteAddress) {
		this.names.forget(UserNames.normalize(typedName));
		this.addresses.giveBack(AddressKeys.of(remoteAddress));
	}

	/**
	 * The attempt ended without judging the password (a disabled account, an error), so
	 * it does not count.
	 */
	public void notCounted(String typedName, String remoteAddress) {
		this.names.giveBack(UserNames.normalize(typedName));
		this.addresses.giveBack(AddressKeys.of(remoteAddress));
	}

}
