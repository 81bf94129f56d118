package guichet.models;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import guichet.inference.InferenceException;
import guichet.inference.ModelFileException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The models module uses only what its pom allows, and its internal packages serve the API, not each other. */
class ModuleBoundariesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("guichet.models");
    }

    @Test
    void dependsOnTheJdkJacksonSlf4jAndTheGgufReaderOnly() {
        DescribedPredicate<JavaClass> allowed = resideInAnyPackage("java..", "guichet.models..",
                "guichet.inference.gguf..", "com.fasterxml.jackson..", "org.slf4j..")
                .or(belongToAnyOf(ModelFileException.class, InferenceException.class));
        noClasses().that().resideInAPackage("guichet.models..")
                .should().dependOnClassesThat(not(allowed))
                .because("models needs the inference module only to read GGUF headers")
                .check(classes);
    }

    @Test
    void usesNoSpring() {
        noClasses().that().resideInAPackage("guichet.models..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..").check(classes);
    }

    @Test
    void internalPackagesUseTheApisDataButNotItsServices() {
        noClasses().that().resideInAnyPackage("guichet.models.catalogue..", "guichet.models.transfer..",
                        "guichet.models.pull..", "guichet.models.importing..")
                .should().dependOnClassesThat().haveFullyQualifiedName(ModelPuller.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(ModelImporter.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(ModelStore.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Catalogue.class.getName())
                .check(classes);
    }

    @Test
    void transferKnowsNothingOfSourcesOrCatalogueFiles() {
        noClasses().that().resideInAPackage("guichet.models.transfer..")
                .should().dependOnClassesThat().resideInAnyPackage("guichet.models.pull..",
                        "guichet.models.catalogue..", "guichet.models.importing..")
                .check(classes);
    }
}
