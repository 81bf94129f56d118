package guichet.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The features of {@code app} (ask, desk, employment, knowledge, web, bench) and the {@code system}
 * they stand on: system knows no feature (features register their own commands, warm-ups, metrics
 * and start-up), no two features need each other, there is no package cycle, and a feature is
 * reached by the others only through its API packages: the answer feature through {@code ask}
 * (the assistant), {@code ask.api}, {@code ask.pipeline} (answers, citations, traces) and
 * {@code ask.store} (conversations); the knowledge feature through {@code knowledge} (the runtime,
 * the guidance retriever); the desk, the journey, the web pages and the benchmarks through nothing.
 */
class FeatureBoundariesTest {

    private static final String[] FEATURES = {"guichet.app.ask..", "guichet.app.desk..", "guichet.app.employment..",
            "guichet.app.knowledge..", "guichet.app.web..", "guichet.app.bench..", "guichet.app.transparency.."};

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
    void theAnswerFeatureIsReachedOnlyThroughItsApi() {
        sealed("guichet.app.ask..", "guichet.app.ask", "guichet.app.ask.api", "guichet.app.ask.pipeline",
                "guichet.app.ask.store");
    }

    @Test
    void theKnowledgeFeatureIsReachedOnlyThroughItsApi() {
        sealed("guichet.app.knowledge..", "guichet.app.knowledge");
    }

    @Test
    void theDeskTheJourneyTheWebPagesAndTheBenchmarksAreReachedByNoOtherFeature() {
        for (String feature : new String[] {"guichet.app.desk..", "guichet.app.employment..", "guichet.app.web..",
                "guichet.app.bench..", "guichet.app.transparency.."}) {
            sealed(feature);
        }
    }

    /** Classes of {@code feature} outside its API packages have no dependent outside the feature. */
    private static void sealed(String feature, String... api) {
        classes().that().resideInAPackage(feature).and().resideOutsideOfPackages(api)
                .should().onlyHaveDependentClassesThat().resideInAPackage(feature)
                .allowEmptyShould(true)
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
