package dk.medhearing.deployment;

import dk.medhearing.kit.StartupWork;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deploys every {@code .bpmn} of {@code processes/} and every {@code .form} of {@code forms/} as one deployment.
 * Resources are named by their path below the repository root ({@code processes/HearingProcess.bpmn}), whether
 * they come from {@code target/classes} or the packaged jar, so with duplicate filtering an unchanged restart makes
 * no new version. Startup fails if no process is found, rather than silently deploying nothing. It runs as the
 * start's background work ({@link StartupWork}): deployed before the first request is answered or job run.
 */
@Component
class ProcessResourceDeployer implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ProcessResourceDeployer.class);

    private final RepositoryService repositoryService;
    private final DeploymentProperties properties;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final StartupWork startupWork;

    ProcessResourceDeployer(
            RepositoryService repositoryService, DeploymentProperties properties, StartupWork startupWork) {
        this.startupWork = startupWork;
        this.repositoryService = repositoryService;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        startupWork.submit("process deployment", this::deploy);
    }

    private void deploy() {
        Map<String, Resource> processes = find(properties.processFolder(), "bpmn");
        if (processes.isEmpty()) {
            throw new IllegalStateException("No BPMN process found under classpath:" + properties.processFolder()
                    + "/ - the top-level " + properties.processFolder() + "/ folder is copied onto the classpath by the"
                    + " Maven build; start the app with 'mvn spring-boot:run' or from the packaged jar");
        }
        Map<String, Resource> resources = new TreeMap<>(processes);
        resources.putAll(find(properties.formFolder(), "form"));

        DeploymentBuilder builder = repositoryService
                .createDeployment()
                .name(properties.name())
                .source("medhearing")
                .enableDuplicateFiltering(false);
        resources.forEach((name, resource) -> builder.addInputStream(name, read(resource)));
        Deployment deployment = builder.deploy();
        log.info("Deployment {} ({}): {}", deployment.getId(), deployment.getName(), resources.keySet());
    }

    /** Resources below {@code classpath:folder/} with the given extension, keyed by {@code folder/relative/path}. */
    Map<String, Resource> find(String folder, String extension) {
        Map<String, Resource> found = new TreeMap<>();
        try {
            for (Resource root : resolver.getResources("classpath*:" + folder + "/")) {
                String rootUrl = root.getURL().toString();
                for (Resource resource : resolver.getResources(rootUrl + "**/*." + extension)) {
                    String url = resource.getURL().toString();
                    String relative =
                            url.startsWith(rootUrl) ? url.substring(rootUrl.length()) : resource.getFilename();
                    found.putIfAbsent(folder + "/" + relative, resource);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list classpath:" + folder + "/", e);
        }
        return found;
    }

    private static InputStream read(Resource resource) {
        try {
            return resource.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
