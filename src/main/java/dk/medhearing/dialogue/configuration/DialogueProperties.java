package dk.medhearing.dialogue.configuration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/** Where the dialogue meetings' parties are read from. */
@ConfigurationProperties("medhearing.dialogue")
record DialogueProperties(
        @DefaultValue("config/dialogue.yaml") Path file) {}
