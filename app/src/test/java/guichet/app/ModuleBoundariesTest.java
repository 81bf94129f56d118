package guichet.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Dependencies point one way: app → knowledge-index → inference; app → models → inference. */
class ModuleBoundariesTest {

    private static final JavaClasses GUICHET = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("guichet");

    @Test
    void inferenceDependsOnNoOtherGuichetModule() {
        noClasses().that().resideInAPackage("guichet.inference..")
                .should().dependOnClassesThat().resideInAnyPackage("guichet.models..", "guichet.knowledge..",
                        "guichet.app..")
                .check(GUICHET);
    }

    @Test
    void modelsDependsOnInferenceOnly() {
        noClasses().that().resideInAPackage("guichet.models..")
                .should().dependOnClassesThat().resideInAnyPackage("guichet.knowledge..", "guichet.app..")
                .check(GUICHET);
    }

    @Test
    void knowledgeIndexDependsOnInferenceOnly() {
        noClasses().that().resideInAPackage("guichet.knowledge..")
                .should().dependOnClassesThat().resideInAnyPackage("guichet.models..", "guichet.app..")
                .allowEmptyShould(true)
                .check(GUICHET);
    }

    @Test
    void onlyTheAppKnowsSpring() {
        noClasses().that().resideInAnyPackage("guichet.inference..", "guichet.models..", "guichet.knowledge..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(GUICHET);
    }
}
