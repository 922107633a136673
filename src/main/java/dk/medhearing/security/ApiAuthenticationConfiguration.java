package dk.medhearing.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Our own API ({@code /api/*}) and pages ({@code /mailbox}, status pages) require a Camunda user. */
@Configuration
public class ApiAuthenticationConfiguration {

    @Bean
    public FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(ProcessEngine engine) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new ApiAuthenticationFilter(engine.getIdentityService(), engine.getName()));
        registration.setName("medhearing-api-auth");
        registration.addUrlPatterns("/api/*", "/mailbox", "/mailbox/*", "/status", "/status/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }
}
