package dk.medhearing.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;
import java.util.Map;

/**
 * Single sign-on (docs/sso.md); used only when the client registration {@code municipality} is configured. The
 * provider, the client and the API's audience are Spring Boot's own properties ({@code spring.security.oauth2.*}).
 *
 * @param userClaim        the claim (ID token, user info or access token) that names the person
 * @param matchBy          what that claim is compared with in config/organisation.yaml, case-insensitively
 * @param adminGroupClaim  a claim listing the person's groups at the provider (e.g. {@code groups}); empty: none
 * @param adminGroups      values in that claim that make the person a Camunda administrator
 * @param basicAuth        HTTP Basic with a Camunda password still accepted on /api and /engine-rest
 * @param technicalUsers   client id of an integration (client-credentials flow) to the Camunda user it acts as
 * @param contact          whom a person outside the MED organisation should contact (shown on the refusal page)
 */
@ConfigurationProperties("medhearing.sso")
public record SsoProperties(
        @DefaultValue("email") String userClaim,
        @DefaultValue("EMAIL") MatchBy matchBy,
        @DefaultValue("") String adminGroupClaim,
        @DefaultValue List<String> adminGroups,
        @DefaultValue("false") boolean basicAuth,
        @DefaultValue Map<String, String> technicalUsers,

        @DefaultValue("din leder eller kommunens IT-support")
        String contact) {

    /** The person's field in the organisation file that {@link #userClaim} holds. */
    public enum MatchBy {
        EMAIL,
        ID
    }
}
