package dk.medhearing.committee;

import dk.medhearing.MedhearingApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationStartupFailureIT {

    @TempDir
    Path dir;

    @Test
    void shouldStopStartupWithTheFilesMessage() throws Exception {
        // given an organisation file with an unknown role
        Path file = dir.resolve("organisation.yaml");
        Files.writeString(
                file,
                Files.readString(Path.of("config/organisation.yaml"))
                        .replaceFirst("roles: \\[chair]", "roles: [boss]"));

        // when the app starts on it, then startup stops with a message naming the file, the entry and the rule
        // (its engine has a name of its own: closing it must not unregister the engine of the shared test context,
        // which the engine REST API of that context looks up by name)
        assertThatThrownBy(() -> new SpringApplicationBuilder(MedhearingApplication.class)
                        .profiles("test")
                        .run(
                                "--server.port=0",
                                "--medhearing.organisation.file=" + file,
                                "--spring.datasource.url=jdbc:h2:mem:startup-failure;DB_CLOSE_DELAY=-1",
                                "--camunda.bpm.process-engine-name=startupFailure")
                        .close())
                .satisfies(e -> assertThat(rootCause(e))
                        .isInstanceOf(OrganisationException.class)
                        .hasMessageContaining(file.toString())
                        .hasMessageContaining("'hovedmed'.members[0] 'jens.lykke': unknown role 'boss'"));
    }

    private static Throwable rootCause(Throwable e) {
        while (e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        return e;
    }
}
