package dk.medhearing.security;

import dk.medhearing.committee.Organisation;
import jakarta.servlet.DispatcherType;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Arrays;

/**
 * Single sign-on with the municipality's OpenID Connect provider (docs/sso.md), on when the client registration
 * {@code municipality} is configured. Spring Security's chain runs right after the login limits and before every
 * other authentication filter (spring.security.filter.order): the webapps, our pages and the API need a login at the
 * provider (pages) or its bearer token (API); Camunda's webapps take the user from it through their container-based
 * authentication, the engine REST API and our API through {@link SsoAuthenticationProvider} and
 * {@link ApiAuthenticationFilter}. Camunda's password logins are closed. Headers, CSRF (Camunda's own and our form
 * tokens) and the login limits stay ours.
 */
@Configuration
@Conditional(SsoCondition.On.class)
class SsoSecurityConfiguration {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    SsoPeople ssoPeople(Organisation organisation, ProcessEngine engine, SsoProperties sso) {
        return new SsoPeople(organisation, engine.getIdentityService(), sso);
    }

    @Bean
    SecurityFilterChain sso(
            HttpSecurity http, SsoPeople people, SsoProperties sso, ClientRegistrationRepository clients)
            throws Exception {
        SsoUsers users = new SsoUsers(people);
        SsoEntryPoint entryPoint = new SsoEntryPoint();
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(clients);
        logout.setPostLogoutRedirectUri("{baseUrl}" + SsoPages.LOGGED_OUT);
        RequestMatcher api = matchers("/api/**", "/engine-rest/**");
        http.csrf(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> {
                    // the password logins: Camunda's and ours
                    requests.requestMatchers(
                                    PATHS.matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/login/**"),
                                    PATHS.matcher(HttpMethod.POST, "/login"))
                            .denyAll();
                    if (sso.basicAuth()) {
                        requests.requestMatchers(api).permitAll(); // our filters take a token's user or check Basic
                    } else {
                        requests.requestMatchers(api).authenticated();
                    }
                    requests.requestMatchers(matchers(
                                    "/camunda/app/**",
                                    "/camunda/api/**",
                                    "/status",
                                    "/status/**",
                                    "/mailbox",
                                    "/mailbox/**",
                                    "/actuator/prometheus",
                                    "/login"))
                            .authenticated()
                            .anyRequest()
                            .permitAll();
                })
                .oauth2Login(
                        login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(users.oidcUserService()))
                                .failureHandler((request, response, failure) -> response.sendRedirect(
                                        failure instanceof OAuth2AuthenticationException oauth
                                                        && SsoUsers.NOT_IN_ORGANISATION.equals(
                                                                oauth.getError().getErrorCode())
                                                ? SsoPages.REFUSED
                                                : SsoPages.FAILED)))
                .oauth2ResourceServer(
                        resource -> resource.jwt(jwt -> jwt.jwtAuthenticationConverter(users.bearerTokens()))
                                .authenticationEntryPoint(entryPoint))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
                .logout(out ->
                        out.logoutRequestMatcher(PATHS.matcher("/logout")).logoutSuccessHandler(logout));
        return http.build();
    }

    /** Camunda's webapps take the user from single sign-on: right after Spring Security's chain. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("medhearing-webapp-sso");
        registration.addInitParameter("authentication-provider", SsoAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 16);
        return registration;
    }

    private static RequestMatcher matchers(String... patterns) {
        RequestMatcher[] matchers = Arrays.stream(patterns).map(PATHS::matcher).toArray(RequestMatcher[]::new);
        return new OrRequestMatcher(matchers);
    }
}
