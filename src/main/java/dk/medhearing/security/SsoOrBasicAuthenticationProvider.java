package dk.medhearing.security;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/** The engine REST API with single sign-on and {@code medhearing.sso.basic-auth=true}: a bearer token, else Basic. */
public class SsoOrBasicAuthenticationProvider extends SsoAuthenticationProvider {

    private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        AuthenticationResult sso = super.extractAuthenticatedUser(request, engine);
        return sso.isAuthenticated() ? sso : basic.extractAuthenticatedUser(request, engine);
    }
}
