package dk.medhearing.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;
import java.util.stream.Stream;

/**
 * Spring Security's users with single sign-on, each the person of the organisation file (via {@link SsoPeople}): the
 * OpenID Connect login's user (her name is her Camunda user id, her authorities her groups) and a bearer token's
 * authentication. Someone the organisation does not know is refused: the login fails with
 * {@link #NOT_IN_ORGANISATION} (our Danish refusal page), a token is invalid (401).
 */
class SsoUsers {

    static final String NOT_IN_ORGANISATION = "medhearing_not_in_organisation";
    /** Where an integration's client id is in an access token of the client-credentials flow, by provider. */
    private static final List<String> CLIENT_ID_CLAIMS = List.of("client_id", "azp", "appid", "sub");

    private final SsoPeople people;
    private final OidcUserService oidc = new OidcUserService();

    SsoUsers(SsoPeople people) {
        this.people = people;
    }

    OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService() {
        return request -> {
            OidcUser user = oidc.loadUser(request);
            SsoPeople.SsoPerson person = people.person(user.getClaims())
                    .orElseThrow(() -> new OAuth2AuthenticationException(
                            new OAuth2Error(NOT_IN_ORGANISATION), "Not in the MED organisation: " + user.getSubject()));
            return new Person(person, user);
        };
    }

    Converter<Jwt, AbstractAuthenticationToken> bearerTokens() {
        return jwt -> {
            SsoPeople.SsoPerson person = people.person(jwt.getClaims())
                    .or(() -> CLIENT_ID_CLAIMS.stream()
                            .flatMap(claim -> Stream.ofNullable(jwt.getClaimAsString(claim)))
                            .findFirst()
                            .flatMap(people::technicalUser))
                    .orElseThrow(() -> new InvalidBearerTokenException("The token names nobody in the organisation"));
            return new JwtAuthenticationToken(jwt, person.authorities(), person.userId());
        };
    }

    /** The logged-in person: named by her Camunda user id, with her Camunda groups. */
    static final class Person extends DefaultOidcUser {

        private static final long serialVersionUID = 1L;
        private final String userId;

        Person(SsoPeople.SsoPerson person, OidcUser user) {
            super(person.authorities(), user.getIdToken(), user.getUserInfo());
            this.userId = person.userId();
        }

        @Override
        public String getName() {
            return userId;
        }
    }
}
