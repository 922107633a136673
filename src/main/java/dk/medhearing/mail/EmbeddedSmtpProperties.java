package dk.medhearing.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The embedded SMTP server (GreenMail) that the default profile runs so mail really travels over SMTP. */
@ConfigurationProperties("medhearing.mail.embedded-smtp")
public record EmbeddedSmtpProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("127.0.0.1") String bindAddress,
        @DefaultValue("3025") int port) {}
