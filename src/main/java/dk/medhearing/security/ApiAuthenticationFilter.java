package dk.medhearing.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Authenticates requests to our own API and pages: either the Camunda webapp session (a user logged in to
 * Tasklist or Cockpit) or HTTP Basic with Camunda credentials. Unauthenticated requests get 401. While the request
 * runs, the engine sees the user as authenticated, so the engine's authorizations apply to what our code reads.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    private static final String ENGINE = "default";

    private final IdentityService identityService;

    public ApiAuthenticationFilter(IdentityService identityService) {
        this.identityService = identityService;
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
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"status\":401,\"message\":\"Log ind for at fortsætte (login krævet)\"}");
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
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null) {
            return null;
        }
        Authentication found = authentications.getAuthenticationForProcessEngine(ENGINE);
        if (!(found instanceof UserAuthentication auth)) {
            return null;
        }
        return new CurrentUser(auth.getName(), new ArrayList<>(auth.getGroupIds()));
    }

    private CurrentUser fromBasic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return null;
        }
        String userId = decoded.substring(0, colon);
        if (!identityService.checkPassword(userId, decoded.substring(colon + 1))) {
            return null;
        }
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        return new CurrentUser(userId, groups);
    }
}
