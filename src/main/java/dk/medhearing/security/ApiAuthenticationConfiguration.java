package dk.medhearing.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Our own API ({@code /api/*}, its OpenAPI description {@code /api/openapi.json} included) and pages ({@code /mailbox},
 * status pages) require a Camunda user; the metrics ({@code /actuator/prometheus}) an administrator. Health and info
 * stay open for load balancers. Every login attempt, there and in the engine REST API and the webapps, first passes
 * the login limits.
 */
@Configuration
public class ApiAuthenticationConfiguration {

    private static final String METRICS = "/actuator/prometheus";

    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
        FilterRegistrationBean<LoginThrottleFilter> registration =
                new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
        registration.setName("medhearing-login-throttle");
        registration.addUrlPatterns("/*");
        // before every filter that checks a password (engine REST at +20, our API at +30)
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(
            ProcessEngine engine, Environment environment, SsoProperties sso) {
        boolean singleSignOn = SsoCondition.isOn(environment);
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(
                        engine.getIdentityService(), engine.getName(), singleSignOn, !singleSignOn || sso.basicAuth()));
        registration.setName("medhearing-api-auth");
        registration.addUrlPatterns("/api/*", "/mailbox", "/mailbox/*", "/status", "/status/*", METRICS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<AdministratorsOnlyFilter> metricsForAdministrators(AccessPolicy access) {
        FilterRegistrationBean<AdministratorsOnlyFilter> registration =
                new FilterRegistrationBean<>(new AdministratorsOnlyFilter(access));
        registration.setName("medhearing-metrics-access");
        registration.addUrlPatterns(METRICS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 31);
        return registration;
    }
}
