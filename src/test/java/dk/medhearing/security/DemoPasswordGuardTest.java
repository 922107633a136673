package dk.medhearing.security;

import dk.medhearing.kit.StartupWork;
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
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class DemoPasswordGuardTest {

    private final IdentityService identity = mock(IdentityService.class);
    private final DemoPasswords demoPasswords = mock(DemoPasswords.class);
    private final User admin = mock(User.class);
    private final User member = mock(User.class);

    private CamundaBpmProperties camunda() {
        CamundaBpmProperties properties = new CamundaBpmProperties();
        AdminUserProperty adminUser = new AdminUserProperty();
        adminUser.setId("admin");
        adminUser.setPassword("a-real-admin-secret-42");
        properties.setAdminUser(adminUser);
        return properties;
    }

    private void givenAdminAndMemberStillHoldTheDemoPassword() {
        when(demoPasswords.holders("demo")).thenReturn(List.of("admin", "anders.friis"));
        UserQuery query = mock(UserQuery.class);
        when(identity.createUserQuery()).thenReturn(query);
        UserQuery adminQuery = mock(UserQuery.class);
        UserQuery memberQuery = mock(UserQuery.class);
        when(query.userId("admin")).thenReturn(adminQuery);
        when(query.userId("anders.friis")).thenReturn(memberQuery);
        when(adminQuery.singleResult()).thenReturn(admin);
        when(memberQuery.singleResult()).thenReturn(member);
    }

    @Test
    void shouldReplaceEveryDemoPasswordWhereDemoPasswordsAreNotAllowed() {
        // given the prod setting and accounts still holding the demo password
        givenAdminAndMemberStillHoldTheDemoPassword();
        StartupWork startupWork = new StartupWork();
        DemoPasswordGuard guard = new DemoPasswordGuard(
                identity, demoPasswords, new SecurityProperties("demo", false), camunda(), startupWork);

        // when the guard runs at startup, as the start's work
        guard.afterPropertiesSet();
        startupWork.start();

        // then the admin gets the configured password, the member a random one, and nobody's password was tried
        verify(admin).setPassword("a-real-admin-secret-42");
        ArgumentCaptor<String> random = ArgumentCaptor.forClass(String.class);
        verify(member).setPassword(random.capture());
        assertThat(random.getValue()).isNotEqualTo("demo").hasSizeGreaterThanOrEqualTo(24);
        verify(identity).saveUser(admin);
        verify(identity).saveUser(member);
        verify(identity, never()).checkPassword(anyString(), any());
    }

    @Test
    void shouldLeaveDemoPasswordsAloneInTheDefaultProfile() {
        StartupWork startupWork = new StartupWork();
        DemoPasswordGuard guard = new DemoPasswordGuard(
                identity, demoPasswords, new SecurityProperties("demo", true), camunda(), startupWork);

        guard.afterPropertiesSet();
        startupWork.start();

        verifyNoInteractions(identity, demoPasswords);
    }
}
