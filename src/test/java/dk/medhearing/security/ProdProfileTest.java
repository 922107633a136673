package dk.medhearing.security;

import dk.medhearing.MedhearingApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProdProfileTest {

    @Test
    void shouldRefuseToStartWithoutSecrets() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(MedhearingApplication.class)
                        .profiles("prod")
                        .properties("spring.main.web-application-type=none")
                        .run())
                .hasMessageContaining("The prod profile needs its secrets from the environment")
                .hasMessageContaining("MEDHEARING_DB_URL is not set")
                .hasMessageContaining("MEDHEARING_ADMIN_PASSWORD is not set");
    }

    @Test
    void shouldRefuseADemoAdminPassword() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(MedhearingApplication.class)
                        .profiles("prod")
                        .properties(
                                "spring.main.web-application-type=none",
                                "MEDHEARING_DB_URL=jdbc:h2:mem:x",
                                "MEDHEARING_DB_USER=sa",
                                "MEDHEARING_DB_PASSWORD=x",
                                "MEDHEARING_SMTP_HOST=localhost",
                                "MEDHEARING_ADMIN_PASSWORD=demo")
                        .run())
                .hasMessageContaining("MEDHEARING_ADMIN_PASSWORD is a demo password");
    }

    @Test
    void shouldRefuseAShortAdminPassword() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(MedhearingApplication.class)
                        .profiles("prod")
                        .properties(
                                "spring.main.web-application-type=none",
                                "MEDHEARING_DB_URL=jdbc:h2:mem:x",
                                "MEDHEARING_DB_USER=sa",
                                "MEDHEARING_DB_PASSWORD=x",
                                "MEDHEARING_SMTP_HOST=localhost",
                                "MEDHEARING_ADMIN_PASSWORD=short")
                        .run())
                .hasMessageContaining("at least 12 characters");
    }
}
