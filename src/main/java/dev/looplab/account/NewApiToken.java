package dev.looplab.account;

/**
 * A token just created: the only moment its value is known to the server.
 *
 * @param summary what is stored about it
 * @param value the token to send as {@code Authorization: Bearer <value>}
 */
public record NewApiToken(ApiTokenSummary summary, String value) {

	@Override
	public String toString() {
		// Keeps the token out of logs and error messages.
		return "NewApiToken[" + this.summary + "]";
	}

}
