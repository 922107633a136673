package dk.medhearing.security;

import dk.medhearing.committee.InitialPasswords;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/** New users get the demo password where demo passwords are allowed, else a random password nobody knows. */
@Component
class InitialPasswordPolicy implements InitialPasswords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecurityProperties security;

    InitialPasswordPolicy(SecurityProperties security) {
        this.security = security;
    }

    @Override
    public String forNewUser() {
        return security.demoPasswordsAllowed() ? security.demoPassword() : randomPassword();
    }

    /** A random password nobody knows: the account must be given one in Admin before it can log in. */
    static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
