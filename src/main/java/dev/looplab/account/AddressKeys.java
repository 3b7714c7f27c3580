package dev.looplab.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

import org.springframework.util.StringUtils;

/**
 * Turns a client's address into the key its allowance is counted under. An IPv6 client
 * usually has a whole /64 to pick addresses from, so that prefix is one key; an IPv4
 * address is a key of its own.
 */
final class AddressKeys {

	private static final int IPV6_PREFIX_BYTES = 8;

	private AddressKeys() {
	}

	static String of(String remoteAddress) {
		if (!StringUtils.hasText(remoteAddress)) {
			return "unknown";
		}
		if (remoteAddress.indexOf(':') < 0) {
			return remoteAddress;
		}
		try {
			// A literal is parsed without a name lookup.
			byte[] bytes = InetAddress.ofLiteral(remoteAddress).getAddress();
			if (bytes.length != 16) {
				return remoteAddress;
			}
			byte[] prefix = Arrays.copyOf(bytes, 16);
			Arrays.fill(prefix, IPV6_PREFIX_BYTES, 16, (byte) 0);
			return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
		}
		catch (IllegalArgumentException | UnknownHostException ex) {
			return remoteAddress;
		}
	}

}
