package dev.looplab.account.web;

import java.util.Set;
import java.util.stream.Collectors;

import dev.looplab.account.AccountProperties;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts who is signed in, and whether visitors may register, into every page model so that
 * the layout's header can show the right links.
 */
@ControllerAdvice
class CurrentUserAdvice {

	private static final String ROLE_PREFIX = "ROLE_";

	private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

	private final AccountProperties properties;

	CurrentUserAdvice(AccountProperties properties) {
		this.properties = properties;
	}

	@ModelAttribute
	void addCurrentUser(Model model) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = this.trustResolver.isAuthenticated(authentication);
		model.addAttribute("currentUser", signedIn ? authentication.getName() : null);
		model.addAttribute("currentUserRoles", signedIn ? roles(authentication) : Set.of());
		model.addAttribute("selfRegistration", this.properties.selfRegistration());
	}

	private static Set<String> roles(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority != null && authority.startsWith(ROLE_PREFIX))
			.map((authority) -> authority.substring(ROLE_PREFIX.length()))
			.collect(Collectors.toUnmodifiableSet());
	}

}
