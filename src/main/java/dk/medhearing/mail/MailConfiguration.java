package dk.medhearing.mail;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Exposes the mail jobs' retry cycle to the BPMN ({@code camunda:failedJobRetryTimeCycle="${mailRetryCycle}"}). */
@Configuration
public class MailConfiguration {

    @Bean
    public String mailRetryCycle(MailProperties properties) {
        return properties.retryCycle();
    }
}
