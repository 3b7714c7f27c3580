package dev.looplab.account.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.looplab.account.AccountProperties;
import dev.looplab.account.Accounts;
import dev.looplab.account.RegistrationLimit;
import dev.looplab.account.Throttled;
import dev.looplab.account.UserNameTakenException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Lets visitors create their own learner account, unless
 * {@code looplab.accounts.self-registration} is off: then the page does not exist. One
 * address may only create a few accounts in a while ({@link RegistrationLimit}).
 */
@Controller
@RequestMapping("/register")
class RegistrationController {

	static final String VIEW = "account/register";

	private final AccountProperties properties;

	private final Accounts accounts;

	private final RegistrationSignIn signIn;

	private final RegistrationLimit limit;

	RegistrationController(AccountProperties properties, Accounts accounts, RegistrationSignIn signIn,
			RegistrationLimit limit) {
		this.properties = properties;
		this.limit = limit;
		this.accounts = accounts;
		this.signIn = signIn;
	}

	@InitBinder("registration")
	void addValidator(WebDataBinder binder) {
		binder.addValidators(new RegistrationFormValidator());
	}

	@GetMapping
	String form(Model model) {
		requireSelfRegistration();
		model.addAttribute("registration", new RegistrationForm());
		return VIEW;
	}

	@PostMapping
	String register(@Validated @ModelAttribute("registration") RegistrationForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		requireSelfRegistration();
		if (errors.hasErrors()) {
			return VIEW;
		}
		String address = request.getRemoteAddr();
		Optional<Throttled> refusal = this.limit.beforeRegistration(address);
		if (refusal.isPresent()) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.get().retryAfterSeconds()));
			model.addAttribute("limitMessage", refusal.get().message());
			return VIEW;
		}
		String username;
		try {
			username = this.accounts.registerLearner(form.getUsername(), form.getPassword());
		}
		catch (UserNameTakenException ex) {
			this.limit.notStored(address);
			errors.rejectValue("username", "username.taken", "That user name is taken; choose another one.");
			return VIEW;
		}
		this.signIn.signIn(username, request, response);
		return "redirect:/";
	}

	private void requireSelfRegistration() {
		if (!this.properties.selfRegistration()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
