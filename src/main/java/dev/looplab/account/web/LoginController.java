package dev.looplab.account.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Shows the login form; Spring Security handles the form's POST. After a refused attempt
 * the form says when to try again.
 */
@Controller
class LoginController {

	private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

	@GetMapping("/login")
	String login(Authentication authentication, HttpSession session, HttpServletResponse response, Model model) {
		if (this.trustResolver.isAuthenticated(authentication)) {
			return "redirect:/";
		}
		// Put there by SignInFailureHandler; read once, so a reload shows a plain form.
		if (session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInThrottledException ex) {
			session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			response.setHeader(HttpHeaders.RETRY_AFTER, ex.retryAfter());
			model.addAttribute("throttled", ex.getMessage());
		}
		return "account/login";
	}

}
