package dk.medhearing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The top-level packages under {@code dk.medhearing} are application modules: their dependencies run one way (no
 * cycles), each uses only the modules its {@code package-info.java} allows ({@code @ApplicationModule(allowedDependencies
 * = …)}, the table in docs/architecture.md), and no module reaches into another's internals. Inside a module, no two
 * packages use each other either. The module documentation (C4 component diagram, one canvas per module) is written
 * to {@code target/spring-modulith-docs}.
 */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(MedhearingApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyWhatTheyAllowAndOthersExpose() {
        // given the modules of the application, each with its allowed dependencies
        // when they are verified, then no violation is reported
        modules.verify();
    }

    @Test
    void noPackageCycleInsideAModule() {
        // given our production classes
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.medhearing");
        // when every package is a slice, then no two packages (a module's base and its sub-packages too) use each other
        slices().matching("dk.medhearing.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void writesModuleDocumentation() {
        // given the verified modules, when documented, then diagrams and canvases land in target/
        new Documenter(modules).writeDocumentation();
    }
}
