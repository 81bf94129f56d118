package guichet.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The features of {@code app} (ask, desk, employment, knowledge, web, bench) and the {@code system}
 * they stand on: system knows no feature (features register their own commands, warm-ups, metrics
 * and start-up), and no two features need each other.
 */
class FeatureBoundariesTest {

    private static final String[] FEATURES = {"guichet.app.ask..", "guichet.app.desk..", "guichet.app.employment..",
            "guichet.app.knowledge..", "guichet.app.web..", "guichet.app.bench.."};

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("guichet.app");

    @Test
    void systemDependsOnNoFeature() {
        noClasses().that().resideInAPackage("guichet.app.system..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(APP);
    }

    @Test
    void noPackageCycles() {
        slices().matching("guichet.app.(**)").should().beFreeOfCycles().check(APP);
    }

    @Test
    void featuresDoNotDependOnEachOtherBothWays() {
        slices().matching("guichet.app.(*)..").should().beFreeOfCycles().check(APP);
    }
}
