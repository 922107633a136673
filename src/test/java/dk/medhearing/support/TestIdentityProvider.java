package dk.medhearing.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A real OpenID Connect provider on loopback for the single sign-on tests: Spring Authorization Server in an
 * application of its own (its own small configuration, not the product's auto-configuration or application.yaml),
 * started once per JVM at {@code http://127.0.0.1:<port>} (another host than the app's {@code localhost}, so the two
 * keep their session cookies apart). Its people log in with {@link #PASSWORD}; the app is registered as client
 * {@code medhearing} for {@link #APP_PORT}, an integration as {@code medhearing-integration} (client credentials).
 */
public final class TestIdentityProvider {

    public static final String PASSWORD = "hemmelig-42";
    public static final String AUDIENCE = "medhearing-api";
    public static final String INTEGRATION = "medhearing-integration";
    public static final String INTEGRATION_SECRET = "integration-secret-42";
    /** Login name at the provider to e-mail (the claim the app matches people by). */
    public static final Map<String, String> PEOPLE = Map.of(
            "anders", "Anders.Friis@example.org", // AMC's chair (case differs from the organisation file)
            "lene", "lene.bang@example.org", // an administrator
            "udenfor", "ukendt.person@example.org"); // not in the MED organisation
    /** The app's port, fixed before it starts: the provider knows its redirect URIs. */
    public static final int APP_PORT = Ports.free();
    /** A second node's port (cluster.TwoNodeSingleSignOnIT): the provider knows its redirect URIs as well. */
    public static final int SECOND_APP_PORT = Ports.free();

    private static final int PORT = Ports.free();
    public static final String ISSUER = "http://127.0.0.1:" + PORT;
    private static final RSAKey KEY = newKey();
    private static ConfigurableApplicationContext provider;

    private TestIdentityProvider() {}

    /** Starts the provider (once) and points the app's single sign-on at it. */
    public static synchronized void register(DynamicPropertyRegistry registry) {
        if (provider == null) {
            provider = new SpringApplicationBuilder(Provider.class)
                    .web(WebApplicationType.SERVLET)
                    .properties(Map.of(
                            "spring.config.name",
                            "medhearing-test-idp",
                            "server.port",
                            PORT,
                            "server.address",
                            "127.0.0.1",
                            "spring.jmx.enabled",
                            "false",
                            "server.servlet.session.cookie.name",
                            "IDPSESSION"))
                    .run();
        }
        registry.add("server.port", () -> APP_PORT);
        String registration = "spring.security.oauth2.client.registration.municipality.";
        registry.add(registration + "client-id", () -> "medhearing");
        registry.add(registration + "client-secret", () -> "medhearing-secret");
        registry.add(registration + "scope", () -> "openid,profile,email");
        registry.add("spring.security.oauth2.client.provider.municipality.issuer-uri", () -> ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> AUDIENCE);
        registry.add("medhearing.sso.technical-users." + INTEGRATION, () -> "karen.holm");
        registry.add("medhearing.sso.contact", () -> "MED-sekretariatet på med@example.org");
    }

    /** An access token signed with the provider's own key: as it issues them, or with claims a test changes. */
    public static String token(Map<String, Object> claims) {
        JwtClaimsSet.Builder set = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .audience(List.of(AUDIENCE))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .id(UUID.randomUUID().toString());
        claims.forEach(set::claim);
        JwsHeader header =
                JwsHeader.with(SignatureAlgorithm.RS256).keyId(KEY.getKeyID()).build();
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(KEY)))
                .encode(JwtEncoderParameters.from(header, set.build()))
                .getTokenValue();
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The provider's application: no component scan, only what an authorization server needs. */
    @EnableWebSecurity
    @ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        ServletWebServerFactoryAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        JacksonAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class
    })
    static class Provider {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"),
                            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain login(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        @Bean
        UserDetailsService people() {
            return new InMemoryUserDetailsManager(PEOPLE.keySet().stream()
                    .map(name -> User.withUsername(name)
                            .password("{noop}" + PASSWORD)
                            .roles("USER")
                            .build())
                    .toList());
        }

        @Bean
        RegisteredClientRepository clients() {
            RegisteredClient.Builder builder = RegisteredClient.withId("web")
                    .clientId("medhearing")
                    .clientSecret("{noop}medhearing-secret")
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN);
            for (int port : List.of(APP_PORT, SECOND_APP_PORT)) {
                builder.redirectUri("http://localhost:" + port + "/login/oauth2/code/municipality")
                        .postLogoutRedirectUri("http://localhost:" + port + "/sso/logget-ud");
            }
            RegisteredClient web = builder.scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE)
                    .scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder()
                            .requireAuthorizationConsent(false)
                            .build())
                    .build();
            RegisteredClient integration = RegisteredClient.withId("integration")
                    .clientId(INTEGRATION)
                    .clientSecret("{noop}" + INTEGRATION_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .scope("hearings")
                    .build();
            return new InMemoryRegisteredClientRepository(web, integration);
        }

        /** People's e-mail in their ID tokens (and so user info); every access token is for the app's API. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims() {
            return context -> {
                String email = PEOPLE.get(context.getPrincipal().getName());
                if (email != null
                        && OidcParameterNames.ID_TOKEN.equals(
                                context.getTokenType().getValue())) {
                    context.getClaims().claim("email", email);
                }
                if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                    context.getClaims().audience(List.of(AUDIENCE));
                    if (email != null) {
                        context.getClaims().claim("email", email);
                    }
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() {
            return new ImmutableJWKSet<>(new JWKSet(KEY));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().issuer(ISSUER).build();
        }
    }
}
