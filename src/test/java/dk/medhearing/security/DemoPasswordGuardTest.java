package dk.medhearing.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.spring.boot.starter.property.AdminUserProperty;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class DemoPasswordGuardTest {

    private final IdentityService identity = mock(IdentityService.class);
    private final User admin = mock(User.class);
    private final User member = mock(User.class);
    private final User careful = mock(User.class);

    private CamundaBpmProperties camunda() {
        CamundaBpmProperties properties = new CamundaBpmProperties();
        AdminUserProperty adminUser = new AdminUserProperty();
        adminUser.setId("admin");
        adminUser.setPassword("a-real-admin-secret-42");
        properties.setAdminUser(adminUser);
        return properties;
    }

    private void givenUsersWhereAdminAndMemberStillHaveTheDemoPassword() {
        when(admin.getId()).thenReturn("admin");
        when(member.getId()).thenReturn("anders.friis");
        when(careful.getId()).thenReturn("karen.holm");
        UserQuery query = mock(UserQuery.class);
        when(identity.createUserQuery()).thenReturn(query);
        when(query.list()).thenReturn(List.of(admin, member, careful));
        when(identity.checkPassword("admin", "demo")).thenReturn(true);
        when(identity.checkPassword("anders.friis", "demo")).thenReturn(true);
        when(identity.checkPassword("karen.holm", "demo")).thenReturn(false);
    }

    @Test
    void shouldReplaceEveryDemoPasswordWhereDemoPasswordsAreNotAllowed() {
        // given the prod setting and accounts still holding the demo password
        givenUsersWhereAdminAndMemberStillHaveTheDemoPassword();
        DemoPasswordGuard guard = new DemoPasswordGuard(identity, new SecurityProperties("demo", false), camunda());

        // when the guard runs at startup
        guard.afterPropertiesSet();

        // then the admin gets the configured password, the member a random one, the careful user keeps hers
        verify(admin).setPassword("a-real-admin-secret-42");
        ArgumentCaptor<String> random = ArgumentCaptor.forClass(String.class);
        verify(member).setPassword(random.capture());
        assertThat(random.getValue()).isNotEqualTo("demo").hasSizeGreaterThanOrEqualTo(24);
        verify(careful, never()).setPassword(any());
        verify(identity).saveUser(admin);
        verify(identity).saveUser(member);
    }

    @Test
    void shouldLeaveDemoPasswordsAloneInTheDefaultProfile() {
        DemoPasswordGuard guard = new DemoPasswordGuard(identity, new SecurityProperties("demo", true), camunda());

        guard.afterPropertiesSet();

        verify(identity, never()).createUserQuery();
        verify(identity, never()).checkPassword(eq("admin"), any());
    }
}
