package dk.medhearing.committee;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/** Where the MED organisation is read from. */
@ConfigurationProperties("medhearing.organisation")
public record OrganisationProperties(
        @DefaultValue("config/organisation.yaml") Path file) {}
