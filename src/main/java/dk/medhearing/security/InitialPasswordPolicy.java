package dk.medhearing.security;

import dk.medhearing.committee.InitialPasswords;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/** New users get the demo password where demo passwords are allowed, else a random password nobody knows. */
@Component
class InitialPasswordPolicy implements InitialPasswords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecurityProperties security;
    private final boolean singleSignOn;

    InitialPasswordPolicy(SecurityProperties security, Environment environment) {
        this.security = security;
        this.singleSignOn = SsoCondition.isOn(environment);
    }

    /** With single sign-on nobody needs a Camunda password: a random one nobody knows, the demo password never. */
    @Override
    public String forNewUser() {
        return security.demoPasswordsAllowed() && !singleSignOn ? security.demoPassword() : randomPassword();
    }

    /** A random password nobody knows: the account must be given one in Admin before it can log in. */
    static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
