package dk.medhearing.deployment;

import dk.medhearing.support.AbstractIntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DeploymentIT extends AbstractIntegrationTest {

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ProcessResourceDeployer deployer;

    @Test
    void shouldDeployEveryFileOfProcessesAndForms() throws IOException {
        // given the files in the repository's top-level folders
        List<String> expected = Stream.concat(files("processes", ".bpmn"), files("forms", ".form"))
                .toList();
        assertThat(expected).anyMatch(name -> name.endsWith(".bpmn"));

        // when the app has started, then its newest deployment holds each of them
        Deployment latest = repositoryService
                .createDeploymentQuery()
                .deploymentName("medhearing")
                .orderByDeploymentTime()
                .desc()
                .list()
                .get(0);
        List<String> deployed = repositoryService.getDeploymentResources(latest.getId()).stream()
                .map(Resource::getName)
                .toList();
        assertThat(deployed).containsAll(expected);
    }

    @Test
    void shouldNotCreateANewVersionWhenRestartedUnchanged() {
        // given the deployments made at startup
        long before = repositoryService
                .createDeploymentQuery()
                .deploymentName("medhearing")
                .count();

        // when the deployer runs again, as on a restart
        deployer.afterPropertiesSet();

        // then nothing new was deployed
        assertThat(repositoryService
                        .createDeploymentQuery()
                        .deploymentName("medhearing")
                        .count())
                .isEqualTo(before);
    }

    private static Stream<String> files(String folder, String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of(folder))) {
            return walk
                    .filter(p -> p.toString().endsWith(extension))
                    .map(p -> folder + "/"
                            + Path.of(folder).relativize(p).toString().replace('\\', '/'))
                    .toList()
                    .stream();
        }
    }
}
