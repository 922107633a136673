package dk.medhearing.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The password a new account gets: the demo password only where demo logins are allowed and SSO is off. */
class InitialPasswordPolicyTest {

    private static final SecurityProperties DEMO_ALLOWED = new SecurityProperties("demo", true);

    @Test
    void theEmbeddedDefaultGivesTheDemoPassword() {
        assertThat(new InitialPasswordPolicy(DEMO_ALLOWED, new MockEnvironment()).forNewUser())
                .isEqualTo("demo");
    }

    @Test
    void withSingleSignOnNobodyGetsAUsablePassword() {
        // given single sign-on on (the client registration is configured), even where demo logins are allowed
        MockEnvironment environment = new MockEnvironment().withProperty(SsoCondition.CLIENT_ID, "medhearing");

        // when two accounts are created
        InitialPasswordPolicy policy = new InitialPasswordPolicy(DEMO_ALLOWED, environment);
        String first = policy.forNewUser();
        String second = policy.forNewUser();

        // then each gets a random password nobody knows
        assertThat(first).isNotEqualTo("demo").hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(second);
    }
}
