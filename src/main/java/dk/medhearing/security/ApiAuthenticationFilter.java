package dk.medhearing.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Authenticates requests to our own API and pages: either the Camunda webapp session (a user logged in to
 * Tasklist or Cockpit) or HTTP Basic with Camunda credentials. Unauthenticated requests get 401 (JSON, with the Basic
 * challenge), except a browser's request for a page ({@code GET}, {@code Accept: text/html}), which goes to our Danish
 * login ({@link LoginPage}) and comes back after it. While the request
 * runs, the engine sees the user as authenticated, so the engine's authorizations apply to what our code reads.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final String engineName;
    private final boolean singleSignOn;
    private final boolean basic;

    public ApiAuthenticationFilter(IdentityService identityService, String engineName) {
        this(identityService, engineName, false, true);
    }

    /**
     * With {@code singleSignOn} the user Spring Security authenticated (login at the provider or bearer token) counts
     * first; {@code basic} false refuses HTTP Basic altogether.
     */
    ApiAuthenticationFilter(IdentityService identityService, String engineName, boolean singleSignOn, boolean basic) {
        this.identityService = identityService;
        this.engineName = engineName;
        this.singleSignOn = singleSignOn;
        this.basic = basic;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CurrentUser user = singleSignOn ? SsoAuthenticationProvider.current() : null;
        if (user == null) {
            user = fromSession(request);
        }
        if (user == null && basic) {
            user = fromBasic(request.getHeader("Authorization"));
        }
        if (user == null && LoginPage.isBrowserPageRequest(request)) {
            // a person in a browser: our Danish login, and back here afterwards (never Basic's popup)
            // relative: the browser resolves it against the address it asked for, whatever Host header came along
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", LoginPage.loginUrl(request));
            return;
        }
        if (user == null) {
            response.setHeader("WWW-Authenticate", basic ? "Basic realm=\"medhearing\", charset=\"UTF-8\"" : "Bearer");
            JsonError.write(
                    response, HttpServletResponse.SC_UNAUTHORIZED, null, "Log ind for at fortsætte (login krævet)");
            return;
        }
        request.setAttribute(CurrentUser.ATTRIBUTE, user);
        identityService.setAuthentication(user.id(), user.groupIds());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private CurrentUser fromSession(HttpServletRequest request) {
        UserAuthentication auth = WebappLogin.of(request, engineName);
        return auth == null ? null : new CurrentUser(auth.getName(), new ArrayList<>(auth.getGroupIds()));
    }

    private CurrentUser fromBasic(String header) {
        BasicCredentials credentials = BasicCredentials.of(header);
        if (credentials == null || !identityService.checkPassword(credentials.userId(), credentials.password())) {
            return null;
        }
        String userId = credentials.userId();
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
        return new CurrentUser(userId, groups);
    }
}
