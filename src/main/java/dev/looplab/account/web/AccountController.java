package dev.looplab.account.web;

import dev.looplab.account.ApiTokenRefusedException;
import dev.looplab.account.ApiTokens;
import dev.looplab.account.NewApiToken;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's own account page, where they create and revoke personal API
 * tokens. A new token is shown in the answer to its creation and never again, so that
 * answer is a page (or, with htmx, the token section), not a redirect.
 */
@Controller
@RequestMapping("/account")
class AccountController {

	static final String VIEW = "account/account";

	static final String TOKENS_FRAGMENT = VIEW + " :: tokens";

	private final ApiTokens tokens;

	AccountController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	String page(Authentication user, Model model) {
		model.addAttribute("tokens", this.tokens.of(user.getName()));
		return VIEW;
	}

	@PostMapping("/tokens")
	String create(@RequestParam(defaultValue = "") String name, Authentication user, Model model,
			HttpServletResponse response) {
		createInto(model, response, user.getName(), name);
		return VIEW;
	}

	@HxRequest
	@PostMapping("/tokens")
	String createInSection(@RequestParam(defaultValue = "") String name, Authentication user, Model model,
			HttpServletResponse response) {
		createInto(model, response, user.getName(), name);
		return TOKENS_FRAGMENT;
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
		redirect.addFlashAttribute("tokenNotice", revoked(user.getName(), id));
		return "redirect:/account";
	}

	@HxRequest
	@PostMapping("/tokens/{id}/revoke")
	String revokeInSection(@PathVariable long id, Authentication user, Model model) {
		model.addAttribute("tokenNotice", revoked(user.getName(), id));
		model.addAttribute("tokens", this.tokens.of(user.getName()));
		return TOKENS_FRAGMENT;
	}

	private void createInto(Model model, HttpServletResponse response, String username, String name) {
		try {
			NewApiToken created = this.tokens.create(username, name);
			response.setStatus(HttpStatus.CREATED.value());
			model.addAttribute("newToken", created);
		}
		catch (ApiTokenRefusedException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("tokenError", ex.getMessage());
			model.addAttribute("tokenName", name);
		}
		model.addAttribute("tokens", this.tokens.of(username));
	}

	private String revoked(String username, long id) {
		if (!this.tokens.revoke(username, id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Your account has no API token " + id + "; reload your account page to see the tokens it has.");
		}
		return "Revoked. Requests that send that token are now refused.";
	}

}
