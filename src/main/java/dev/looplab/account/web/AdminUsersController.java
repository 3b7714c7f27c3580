package dev.looplab.account.web;

import java.util.List;
import java.util.Locale;

import dev.looplab.account.AccountSummary;
import dev.looplab.account.Accounts;
import dev.looplab.account.OwnRoleChangeException;
import dev.looplab.account.Role;
import dev.looplab.account.UnknownAccountException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

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
 * The admins' list of accounts, where they give people another role (most often
 * instructor, for the gradebook). The security configuration keeps everyone else out.
 * Without JavaScript a save redirects back to the list with a notice; with htmx the saved
 * row alone is swapped.
 */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

	static final String VIEW = "account/users";

	private final Accounts accounts;

	AdminUsersController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.accounts.all());
		model.addAttribute("roles", Role.values());
		return VIEW;
	}

	@PostMapping("/{name}/role")
	String changeRole(@PathVariable String name, @RequestParam(defaultValue = "") String role, Authentication admin,
			RedirectAttributes redirect) {
		RoleChange change = change(admin, name, role);
		redirect.addFlashAttribute(change.refused() ? "error" : "notice", change.message());
		return "redirect:/admin/users";
	}

	@HxRequest
	@PostMapping("/{name}/role")
	String changeRoleInRow(@PathVariable String name, @RequestParam(defaultValue = "") String role,
			Authentication admin, Model model) {
		RoleChange change = change(admin, name, role);
		// The row fragment repeats over the users, here just the one saved.
		model.addAttribute("users", List.of(change.account()));
		model.addAttribute("roles", Role.values());
		model.addAttribute(change.refused() ? "rowError" : "rowNotice", change.message());
		return VIEW + " :: row";
	}

	private RoleChange change(Authentication admin, String name, String typedRole) {
		Role role = parse(typedRole);
		try {
			AccountSummary account = this.accounts.changeRole(admin.getName(), name, role);
			return new RoleChange(account, false,
					"Saved: " + account.username() + " is now " + describe(account.role()) + ".");
		}
		catch (OwnRoleChangeException ex) {
			return new RoleChange(this.accounts.find(admin.getName()).orElseThrow(), true,
					"You cannot change your own role, so that an admin always remains. Ask another admin to do it.");
		}
		catch (UnknownAccountException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no account named '" + name + "'. Go back to the list of users and pick one there.");
		}
	}

	private static Role parse(String typedRole) {
		try {
			return Role.valueOf(typedRole.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Choose one of the roles " + List.of(Role.values()) + " and save again.");
		}
	}

	private static String describe(Role role) {
		return switch (role) {
			case LEARNER -> "a learner";
			case INSTRUCTOR -> "an instructor";
			case ADMIN -> "an admin";
		};
	}

	/** The outcome of one Save: the row to show and what to tell the admin. */
	private record RoleChange(AccountSummary account, boolean refused, String message) {
	}

}
