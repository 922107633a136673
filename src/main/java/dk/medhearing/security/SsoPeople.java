package dk.medhearing.security;

import dk.medhearing.committee.Member;
import dk.medhearing.committee.Organisation;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who a person who logged in at the municipality's provider is here: the person of config/organisation.yaml whose
 * e-mail (or id) the configured claim holds, case-insensitively, with her Camunda groups (the MED roles of the
 * organisation file, which the provider does not know), plus {@code camunda-admin} when the optional administrators'
 * group claim says so. Nobody outside the organisation is anybody here.
 */
class SsoPeople {

    static final String GROUP_PREFIX = "GROUP_";

    private final Organisation organisation;
    private final IdentityService identity;
    private final SsoProperties sso;

    SsoPeople(Organisation organisation, IdentityService identity, SsoProperties sso) {
        this.organisation = organisation;
        this.identity = identity;
        this.sso = sso;
    }

    /** The person the claims name, or empty when she is not in the MED organisation. */
    Optional<SsoPerson> person(Map<String, Object> claims) {
        Object value = claims.get(sso.userClaim());
        if (!(value instanceof String named) || named.isBlank()) {
            return Optional.empty();
        }
        String wanted = named.strip().toLowerCase(Locale.ROOT);
        return Stream.concat(organisation.allMembers().stream(), organisation.administrators().stream())
                .filter(member -> wanted.equals(key(member)))
                .findFirst()
                .map(member -> withGroups(member.id(), claims));
    }

    /** The Camunda user an integration's client id acts as (client-credentials flow), or empty. */
    Optional<SsoPerson> technicalUser(String clientId) {
        String userId = clientId == null ? null : sso.technicalUsers().get(clientId);
        if (userId == null || identity.createUserQuery().userId(userId).count() == 0) {
            return Optional.empty();
        }
        return Optional.of(withGroups(userId, Map.of()));
    }

    private String key(Member member) {
        String key = sso.matchBy() == SsoProperties.MatchBy.ID ? member.id() : member.email();
        return key == null ? null : key.toLowerCase(Locale.ROOT);
    }

    private SsoPerson withGroups(String userId, Map<String, Object> claims) {
        List<String> groups = new ArrayList<>(identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList());
        if (isAdministratorAtProvider(claims) && !groups.contains(CurrentUser.CAMUNDA_ADMIN)) {
            groups.add(CurrentUser.CAMUNDA_ADMIN);
        }
        return new SsoPerson(userId, List.copyOf(groups));
    }

    private boolean isAdministratorAtProvider(Map<String, Object> claims) {
        if (sso.adminGroupClaim().isBlank() || sso.adminGroups().isEmpty()) {
            return false;
        }
        Object value = claims.get(sso.adminGroupClaim());
        Collection<?> groups = value instanceof Collection<?> list ? list : value == null ? List.of() : List.of(value);
        return groups.stream().anyMatch(group -> sso.adminGroups().contains(String.valueOf(group)));
    }

    /** A person's Camunda user id and groups. */
    record SsoPerson(String userId, List<String> groupIds) {

        List<GrantedAuthority> authorities() {
            return groupIds.stream()
                    .<GrantedAuthority>map(id -> new SimpleGrantedAuthority(GROUP_PREFIX + id))
                    .toList();
        }

        static List<String> groupIds(Collection<? extends GrantedAuthority> authorities) {
            return authorities.stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(authority -> authority.startsWith(GROUP_PREFIX))
                    .map(authority -> authority.substring(GROUP_PREFIX.length()))
                    .toList();
        }
    }
}
