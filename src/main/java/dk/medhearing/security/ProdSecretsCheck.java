package dk.medhearing.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

import java.util.ArrayList;
import java.util.List;

/**
 * In the {@code prod} profile the application refuses to start unless the database, the SMTP server and the
 * admin password come from the environment, and the admin password is not a demo password.
 */
public class ProdSecretsCheck implements EnvironmentPostProcessor, Ordered {

    static final List<String> REQUIRED = List.of(
            "MEDHEARING_DB_URL",
            "MEDHEARING_DB_USER",
            "MEDHEARING_DB_PASSWORD",
            "MEDHEARING_SMTP_HOST",
            "MEDHEARING_ADMIN_PASSWORD");
    static final List<String> DEMO_PASSWORDS = List.of("demo", "admin", "password", "changeme");
    static final int MIN_ADMIN_PASSWORD = 12;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (String name : REQUIRED) {
            String value = environment.getProperty(name);
            if (value == null || value.isBlank()) {
                problems.add(name + " is not set");
            }
        }
        String admin = environment.getProperty("MEDHEARING_ADMIN_PASSWORD");
        if (admin != null && !admin.isBlank()) {
            if (DEMO_PASSWORDS.contains(admin.toLowerCase())) {
                problems.add("MEDHEARING_ADMIN_PASSWORD is a demo password");
            } else if (admin.length() < MIN_ADMIN_PASSWORD) {
                problems.add("MEDHEARING_ADMIN_PASSWORD must have at least " + MIN_ADMIN_PASSWORD + " characters");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "The prod profile needs its secrets from the environment: " + String.join("; ", problems));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
