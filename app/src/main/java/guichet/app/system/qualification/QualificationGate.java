package guichet.app.system.qualification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * In {@code serve}, refuses to start with a chat model that has no signed, passing qualification report for its exact
 * file, unless {@code guichet.models.allow-unqualified=true}: checked while the context starts, so the refusal comes
 * before the server listens or a model is loaded.
 */
@Component
@ConditionalOnProperty(name = "guichet.command", havingValue = "serve")
class QualificationGate implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(QualificationGate.class);

    private final ServedChatModel served;
    private final QualificationReports reports;

    QualificationGate(ServedChatModel served, QualificationReports reports) {
        this.served = served;
        this.reports = reports;
    }

    @Override
    public void afterPropertiesSet() {
        QualificationReports.Verdict verdict = reports.check(served.identity());
        if (verdict.qualified()) {
            LOG.info("{}", verdict.reason());
        } else if (served.unqualifiedAllowed()) {
            LOG.warn("{}; serving it anyway because guichet.models.allow-unqualified=true (for a trial, not for citizens)",
                    verdict.reason());
        } else {
            throw new ModelNotQualifiedException(verdict.reason()
                    + ", or set guichet.models.allow-unqualified=true for a trial");
        }
    }
}
