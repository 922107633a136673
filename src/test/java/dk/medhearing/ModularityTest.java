package dk.medhearing;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The top-level packages under {@code dk.medhearing} are application modules: their dependencies run one way (no
 * cycles) and no module reaches into another's internals. The module documentation (C4 component diagram, one
 * canvas per module) is written to {@code target/spring-modulith-docs}.
 */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(MedhearingApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyWhatOthersExpose() {
        // given the modules of the application
        // when they are verified, then no violation is reported
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        // given the verified modules, when documented, then diagrams and canvases land in target/
        new Documenter(modules).writeDocumentation();
    }
}
