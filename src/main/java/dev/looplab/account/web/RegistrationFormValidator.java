package dev.looplab.account.web;

import java.util.Objects;

import dev.looplab.account.Passwords;
import dev.looplab.account.UserNames;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Explains, field by field, why a registration cannot be accepted. Whether the name is
 * taken is only known when the account is stored, so the controller adds that error.
 */
class RegistrationFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return RegistrationForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		RegistrationForm form = (RegistrationForm) target;
		if (!UserNames.isAllowed(UserNames.normalize(form.getUsername()))) {
			errors.rejectValue("username", "username.format", "A user name has " + UserNames.MIN_LENGTH + " to "
					+ UserNames.MAX_LENGTH + " characters: letters, digits, '.', '_' or '-'.");
		}
		if (!Passwords.isLongEnough(form.getPassword())) {
			errors.rejectValue("password", "password.short",
					"Choose a password of at least " + Passwords.MIN_LENGTH + " characters.");
		}
		else if (!Passwords.fitsHash(form.getPassword())) {
			errors.rejectValue("password", "password.long",
					"That password is too long; keep it under " + Passwords.MAX_BYTES + " bytes.");
		}
		if (!Objects.equals(form.getPassword(), form.getConfirmation())) {
			errors.rejectValue("confirmation", "confirmation.mismatch", "The two passwords differ.");
		}
	}

}
