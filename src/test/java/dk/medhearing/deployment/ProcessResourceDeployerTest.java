package dk.medhearing.deployment;

import dk.medhearing.kit.StartupWork;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessResourceDeployerTest {

    @Test
    void shouldFailClearlyWhenNoProcessIsFound() {
        // given a process folder that is not on the classpath
        RepositoryService repository = Mockito.mock(RepositoryService.class);
        StartupWork startupWork = new StartupWork();
        ProcessResourceDeployer deployer = new ProcessResourceDeployer(
                repository, new DeploymentProperties("medhearing", "no-such-folder", "forms"), startupWork);

        // when the deployment runs as the start's work
        deployer.afterPropertiesSet();

        // then the start fails with a message naming the folder, and nothing is deployed
        assertThatThrownBy(startupWork::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No BPMN process found under classpath:no-such-folder/");
        Mockito.verifyNoInteractions(repository);
    }

    @Test
    void shouldNameResourcesByTheirPathBelowTheRepositoryRoot() {
        ProcessResourceDeployer deployer = new ProcessResourceDeployer(
                Mockito.mock(RepositoryService.class),
                new DeploymentProperties("medhearing", "processes", "forms"),
                new StartupWork());

        assertThat(deployer.find("processes", "bpmn").keySet())
                .allMatch(name -> name.startsWith("processes/") && !name.contains("classes") && name.endsWith(".bpmn"))
                .isNotEmpty();
    }
}
