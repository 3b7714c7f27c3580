package dev.looplab.account.web;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Shows the login form; Spring Security handles the form's POST.
 */
@Controller
class LoginController {

	private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

	@GetMapping("/login")
	String login(Authentication authentication) {
		if (this.trustResolver.isAuthenticated(authentication)) {
			return "redirect:/";
		}
		return "account/login";
	}

}
