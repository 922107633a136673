package dk.medhearing.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Camunda's container-based authentication with single sign-on: the user Spring Security authenticated (the OpenID
 * Connect login or a bearer token, already mapped to the person of the organisation file by {@link SsoPeople}) is
 * the Camunda user, with her groups. No Camunda password is checked. Used by the webapps' {@code
 * ContainerBasedAuthenticationFilter} and the engine REST API's authentication filter; Camunda creates it by its
 * class name, so it reads everything from the request's Spring Security context.
 */
public class SsoAuthenticationProvider implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        CurrentUser user = current();
        if (user == null) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(user.id());
        result.setGroups(user.groupIds());
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        response.setHeader("WWW-Authenticate", "Bearer");
    }

    /** The single sign-on user of this request, or {@code null}. */
    static CurrentUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return new CurrentUser(authentication.getName(), SsoPeople.SsoPerson.groupIds(authentication.getAuthorities()));
    }
}
