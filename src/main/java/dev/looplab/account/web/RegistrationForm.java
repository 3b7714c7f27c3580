package dev.looplab.account.web;

/**
 * What the registration form posts. A mutable bean because Spring's form binding and
 * Thymeleaf's {@code th:field} read and write it by property.
 */
public class RegistrationForm {

	private String username = "";

	private String password = "";

	private String confirmation = "";

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
