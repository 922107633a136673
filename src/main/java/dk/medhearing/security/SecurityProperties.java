package dk.medhearing.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo passwords are for the default profile only: {@code demo-passwords-allowed} is false in {@code prod},
 * where new users get a random password and any user still holding the demo password has it replaced.
 */
@ConfigurationProperties("medhearing.security")
public record SecurityProperties(
        @DefaultValue("demo") String demoPassword,
        @DefaultValue("true") boolean demoPasswordsAllowed) {}
