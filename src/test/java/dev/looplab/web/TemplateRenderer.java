package dev.looplab.web;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * Renders the application's templates the way Spring MVC would (a web context, so that
 * {@code @{...}} links resolve) without starting an application context, so template
 * tests do not depend on controllers that other modules are still writing.
 */
final class TemplateRenderer {

	static final CsrfToken CSRF = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-123");

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	TemplateRenderer() {
		ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
		files.setPrefix("templates/");
		files.setSuffix(".html");
		files.setTemplateMode(TemplateMode.HTML);
		files.setCharacterEncoding("UTF-8");
		files.setCheckExistence(true);
		files.setCacheable(false);
		files.setOrder(1);
		// Anything that is not a template file is markup to render, e.g. a fragment call.
		StringTemplateResolver markup = new StringTemplateResolver();
		markup.setTemplateMode(TemplateMode.HTML);
		markup.setCacheable(false);
		markup.setOrder(2);
		this.engine.addTemplateResolver(files);
		this.engine.addTemplateResolver(markup);
	}

	/**
	 * Renders a template file ({@code run/run}) or a piece of markup such as
	 * {@code <div th:replace="~{run/events :: result(${event})}"></div>}.
	 */
	String render(String templateOrMarkup, Map<String, Object> variables) {
		MockServletContext servletContext = new MockServletContext();
		HttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/");
		IWebExchange exchange = JakartaServletWebApplication.buildApplication(servletContext)
			.buildExchange(request, new MockHttpServletResponse());
		WebContext context = new WebContext(exchange);
		context.setVariable("_csrf", CSRF);
		context.setVariables(variables);
		return this.engine.process(templateOrMarkup, context);
	}

	/**
	 * Renders one fragment of a template by name, outside any web request, the way the
	 * SSE stream renders event fragments.
	 */
	String renderFragment(String template, String fragment, Map<String, Object> variables) {
		Context context = new Context();
		context.setVariables(variables);
		return this.engine.process(template, Set.of(fragment), context);
	}

}
