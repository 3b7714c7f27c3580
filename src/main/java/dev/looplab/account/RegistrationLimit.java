package dev.looplab.account;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Limits how many accounts one network address may create, since every per-user limit is
 * multiplied by the number of accounts someone holds.
 */
@Component
public class RegistrationLimit {

	private final AttemptBuckets addresses;

	RegistrationLimit(AccountProperties properties, ObjectProvider<InstantSource> clock) {
		AccountProperties.RegistrationLimit limit = properties.registrationLimit();
		this.addresses = new AttemptBuckets(limit.perAddress(), limit.window(), limit.maxTracked(),
				clock.getIfAvailable(InstantSource::system));
	}

	/**
	 * Counts a registration about to be stored.
	 * @param remoteAddress the client's address
	 * @return why it must be refused, or empty to go on
	 */
	public Optional<Throttled> beforeRegistration(String remoteAddress) {
		Duration wait = this.addresses.take(AddressKeys.of(remoteAddress));
		if (wait.isPositive()) {
			return Optional.of(Throttled.after(wait, "Too many accounts were created from your network address"));
		}
		return Optional.empty();
	}

	/** The registration was not stored (the name was taken), so it does not count. */
	public void notStored(String remoteAddress) {
		this.addresses.giveBack(AddressKeys.of(remoteAddress));
	}

}
