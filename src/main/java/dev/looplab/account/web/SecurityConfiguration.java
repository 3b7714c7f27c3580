package dev.looplab.account.web;

import dev.looplab.account.ApiTokens;
import dev.looplab.account.SignInThrottle;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Who may reach what, and how callers prove who they are: API callers by an API token
 * ({@code Authorization: Bearer}) or HTTP Basic, pages by the login form; passwords are
 * checked behind the sign-in throttle. Three chains, tried in order: the stateless API,
 * the H2 console (development only) and the pages. Reading exercises is public;
 * submitting needs an account; regrading and the gradebook need an instructor or an
 * admin; managing accounts ({@code /admin/**}) needs an admin. Which learner may see
 * which submission is the grading module's rule (another learner's answers 404).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** What only instructors and admins may use. */
	static final String[] STAFF_ROLES = { "INSTRUCTOR", "ADMIN" };

	/** Pages and files anyone may see; everything else needs a signed-in user. */
	static final String[] PUBLIC_PATHS = { "/", "/chapters/**", "/runs/**", "/login", "/register", "/css/**", "/js/**",
			"/vendor/**", "/webjars/**", "/favicon.ico", "/images/**", "/actuator/health/**",
			// Error pages are rendered on a second dispatch; they must not send people to
			// the login form instead.
			"/error" };

	/**
	 * Checks user names and passwords, for the login form and HTTP Basic, behind the
	 * sign-in throttle. Made the application's one manager so nothing checks a password
	 * around it.
	 */
	@Bean
	AuthenticationManager passwordAuthenticationManager(SignInThrottle throttle, UserDetailsService users,
			PasswordEncoder encoder) {
		return new ProviderManager(new ThrottledPasswordAuthentication(throttle, users, encoder));
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, JsonMapper json, AuthenticationManager passwords,
			ApiTokens tokens) {
		ApiProblemResponses problems = new ApiProblemResponses(json);
		AuthenticationFilter bearer = new AuthenticationFilter(
				new ProviderManager(new ApiTokenAuthenticationProvider(tokens)), new BearerTokenConverter());
		// On success the request goes on to its endpoint; nothing to redirect to.
		bearer.setSuccessHandler((request, response, authentication) -> {
		});
		bearer.setFailureHandler(new AuthenticationEntryPointFailureHandler(problems));
		http.securityMatcher("/api/**")
			.authenticationManager(passwords)
			.addFilterBefore(bearer, BasicAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/runs/**")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/exercises/*/regrade", "/api/submissions/*/regrade")
				.hasAnyRole(STAFF_ROLES)
				.requestMatchers(HttpMethod.GET, "/api/exercises", "/api/exercises/**")
				.permitAll()
				.requestMatchers("/api/gradebook", "/api/gradebook/**")
				.hasAnyRole(STAFF_ROLES)
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			// API clients send credentials with every request; a session would only be
			// something to steal, and without one there is nothing for CSRF to ride on.
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.logout((logout) -> logout.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	@ConditionalOnBooleanProperty("spring.h2.console.enabled")
	SecurityFilterChain h2ConsoleSecurityFilterChain(HttpSecurity http,
			@Value("${spring.h2.console.path:/h2-console}") String consolePath) {
		// The console is a frameset with inline scripts and its own login, so it gets
		// neither the page CSP nor CSRF tokens; it is only ever on in the dev profile.
		http.securityMatcher(consolePath + "/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers.frameOptions((frames) -> frames.sameOrigin()));
		return http.build();
	}

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain pageSecurityFilterChain(HttpSecurity http, CsrfTokenRepository csrfTokens,
			AuthenticationManager passwords) {
		http.authenticationManager(passwords)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(PUBLIC_PATHS)
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/exercises/**")
				.permitAll()
				.requestMatchers("/gradebook", "/gradebook.csv", "/gradebook/**", "/submissions/*/regrade",
						"/exercises/*/regrade")
				.hasAnyRole(STAFF_ROLES)
				.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin((login) -> login.loginPage("/login").failureHandler(new SignInFailureHandler()).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/?logout"))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers(SecurityHeaders::forPages);
		return http.build();
	}

	/**
	 * Spring Security's default token store, made a bean so that signing in after
	 * registration can renew the token the same way the login form does.
	 */
	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		return new HttpSessionCsrfTokenRepository();
	}

}
