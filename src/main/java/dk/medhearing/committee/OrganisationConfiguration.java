package dk.medhearing.committee;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reads the organisation once at startup; a broken file stops the start with the loader's message. */
@Configuration
public class OrganisationConfiguration {

    @Bean
    public Organisation organisation(OrganisationProperties properties) {
        return new OrganisationLoader().load(properties.file());
    }
}
