package dk.medhearing.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Single sign-on off (the embedded default and {@code prod} without a client registration): Spring Security is on the
 * classpath for SSO, but takes no part. Its filter chain is not registered with the servlet container at all (so no
 * firewall, headers, CSRF, request cache or login of its own), and the chain Spring Boot would otherwise build (form
 * login with a generated password) is replaced by one that permits everything and does nothing. Our own filters
 * ({@link ApiAuthenticationConfiguration}, {@link RestAuthenticationConfiguration}) and Camunda's logins do the work,
 * exactly as before SSO existed.
 */
@Configuration
@Conditional(SsoCondition.Off.class)
class SsoOffConfiguration {

    @Bean
    SecurityFilterChain ssoOff(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .sessionManagement(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .servletApi(AbstractHttpConfigurer::disable)
                .build();
    }

    /** Spring Boot's registration of Spring Security's filter, switched off. */
    @Bean
    static BeanPostProcessor springSecurityFilterOff() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                // the bean SecurityFilterAutoConfiguration registers
                if (bean instanceof DelegatingFilterProxyRegistrationBean registration
                        && "securityFilterChainRegistration".equals(name)) {
                    registration.setEnabled(false);
                }
                return bean;
            }
        };
    }
}
