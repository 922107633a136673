package dk.medhearing.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Single sign-on is on when Spring Boot's client registration {@code municipality} has a client id (the {@code sso}
 * profile sets it from the environment); off in the embedded default, which keeps its password logins.
 */
final class SsoCondition {

    static final String CLIENT_ID = "spring.security.oauth2.client.registration.municipality.client-id";

    private SsoCondition() {}

    static boolean isOn(Environment environment) {
        String clientId = environment.getProperty(CLIENT_ID);
        return clientId != null && !clientId.isBlank();
    }

    static final class On implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return isOn(context.getEnvironment());
        }
    }

    static final class Off implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !isOn(context.getEnvironment());
        }
    }
}
