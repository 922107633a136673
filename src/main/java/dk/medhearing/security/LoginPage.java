package dk.medhearing.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.util.ServletContextUtil;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Our Danish login ({@code /login?next=/status/...}) for a browser that asks for one of our pages without a session:
 * it logs in to the same webapp session as Camunda's own login (Tasklist, Cockpit and the board share it) and returns
 * to the page asked for ({@link ReturnPath}: only our own pages). The password check is the engine's, which slows a
 * guesser down after failed attempts; a failed login says so in Danish and keeps the user name.
 */
@Controller
class LoginPage {

    private static final String WELCOME = "welcome";

    private final ProcessEngine engine;

    LoginPage(ProcessEngine engine) {
        this.engine = engine;
    }

    /** A browser's {@code GET} for a page (it accepts HTML) without credentials of an API client. */
    static boolean isBrowserPageRequest(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod())
                && request.getHeader("Authorization") == null
                && accept != null
                && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }

    /** {@code /login?next=<the page asked for>}, relative to the site. */
    static String loginUrl(HttpServletRequest request) {
        String path =
                request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return "/login?next=" + URLEncoder.encode(ReturnPath.of(path), StandardCharsets.UTF_8);
    }

    @GetMapping("/login")
    String form(@RequestParam(required = false) String next, HttpServletRequest request, Model model) {
        if (request.getRemoteUser() != null) {
            // single sign-on: the login at the provider (before this page) is the login; on to the page asked for
            return "redirect:" + ReturnPath.of(next);
        }
        return page(model, request, ReturnPath.of(next), "", null);
    }

    @PostMapping("/login")
    String login(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String next,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String target = ReturnPath.of(next);
        String name = username == null ? "" : username.strip();
        if (!FormToken.isValid(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return page(
                    model,
                    request,
                    target,
                    name,
                    "Siden var for gammel, eller formularen kom fra en anden side. Prøv at logge ind igen.");
        }
        UserAuthentication user = authenticate(name, password == null ? "" : password, request);
        if (user == null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return page(
                    model,
                    request,
                    target,
                    name,
                    "Brugernavn eller adgangskode er forkert. Prøv igen. Efter flere"
                            + " forkerte forsøg skal du vente lidt, før du kan prøve igen.");
        }
        AuthenticationUtil.revalidateSession(request, user); // a new session id: no session fixation
        return "redirect:" + target;
    }

    /** The engine's password check and the webapp login Camunda's own login would create; {@code null} if refused. */
    private UserAuthentication authenticate(String name, String password, HttpServletRequest request) {
        if (name.isEmpty() || name.length() > 200 || password.isEmpty() || password.length() > 500) {
            return null;
        }
        try {
            engine.getIdentityService().clearAuthentication();
            if (!engine.getIdentityService().checkPassword(name, password)) {
                return null;
            }
            UserAuthentication user = AuthenticationUtil.createAuthentication(engine, name);
            if (user == null || !user.getAuthorizedApps().contains(WELCOME)) {
                return null;
            }
            user.setCacheValidationTime(ServletContextUtil.getAuthCacheValidationTime(request.getServletContext()));
            return user;
        } catch (ProcessEngineException refused) {
            return null;
        }
    }

    private static String page(Model model, HttpServletRequest request, String next, String username, String error) {
        model.addAttribute("next", next);
        model.addAttribute("username", username);
        model.addAttribute("error", error);
        model.addAttribute("token", FormToken.of(request));
        return "login";
    }
}
