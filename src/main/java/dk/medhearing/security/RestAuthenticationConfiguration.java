package dk.medhearing.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * The engine REST API ({@code /engine-rest}) answers only to HTTP Basic credentials of a Camunda user, or with single
 * sign-on to a bearer token of the municipality's provider (docs/sso.md); the engine's authorizations then decide
 * what that user may see and do.
 */
@Configuration
public class RestAuthenticationConfiguration {

    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(
            Environment environment, SsoProperties sso) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-engine-rest-auth");
        // with single sign-on: the bearer token's user (Spring Security checked the token before), Basic only if
        // allowed
        Class<?> provider = !SsoCondition.isOn(environment)
                ? HttpBasicAuthenticationProvider.class
                : sso.basicAuth() ? SsoOrBasicAuthenticationProvider.class : SsoAuthenticationProvider.class;
        registration.addInitParameter("authentication-provider", provider.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ExpressionQueryGuardFilter> expressionQueryGuard(ProcessEngine engine) {
        FilterRegistrationBean<ExpressionQueryGuardFilter> registration =
                new FilterRegistrationBean<>(new ExpressionQueryGuardFilter(new RequestUser(engine)));
        registration.setName("medhearing-expression-query-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        // after the engine REST authentication, so the guard knows whether the user is a Camunda admin
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 25);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CockpitApiAccessFilter> cockpitApiAccess(ProcessEngine engine) {
        FilterRegistrationBean<CockpitApiAccessFilter> registration =
                new FilterRegistrationBean<>(new CockpitApiAccessFilter(engine.getName()));
        registration.setName("medhearing-cockpit-api-access");
        registration.addUrlPatterns("/camunda/api/cockpit/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 26);
        return registration;
    }
}
