package guichet.app.desk.send;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.mail.Transport;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The system never sends mail on its own: only the SMTP outbox touches a mail transport, and only the
 * desk page — an officer's request — asks for a reply to be approved and sent. No scheduled job,
 * intake, analysis step, API or command can.
 */
class SendingBoundaryTest {

    private static final JavaClasses GUICHET = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("guichet");

    @Test
    void onlyTheOutboxUsesAMailTransport() {
        noClasses().that().doNotHaveFullyQualifiedName(SmtpOutbox.class.getName())
                .should().dependOnClassesThat().areAssignableTo(Transport.class)
                .check(GUICHET);
    }

    @Test
    void onlyTheOfficersDeskPageApprovesAndSends() {
        noClasses().that().resideOutsideOfPackages("guichet.app.desk.web", "guichet.app.desk.send")
                .should().callMethod(Replies.class, "approveAndSend", String.class, String.class, String.class, String.class)
                .orShould().callMethod(Replies.class, "resend", String.class, String.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName(SmtpOutbox.class.getName())
                .check(GUICHET);
    }
}
