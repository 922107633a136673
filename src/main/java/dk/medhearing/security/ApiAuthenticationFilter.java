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
 * Tasklist or Cockpit) or HTTP Basic with Camunda credentials. Unauthenticated requests get 401. While the request
 * runs, the engine sees the user as authenticated, so the engine's authorizations apply to what our code reads.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final String engineName;

    public ApiAuthenticationFilter(IdentityService identityService, String engineName) {
        this.identityService = identityService;
        this.engineName = engineName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CurrentUser user = fromSession(request);
        if (user == null) {
            user = fromBasic(request.getHeader("Authorization"));
        }
        if (user == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"medhearing\", charset=\"UTF-8\"");
            JsonError.write(response, HttpServletResponse.SC_UNAUTHORIZED, null,
                    "Log ind for at fortsætte (login krævet)");
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
                .map(Group::getId).toList();
        return new CurrentUser(userId, groups);
    }
}
