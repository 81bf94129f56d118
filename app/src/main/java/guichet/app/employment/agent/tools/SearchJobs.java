package guichet.app.employment.agent.tools;

import guichet.app.employment.texts.EmploymentTexts;
import guichet.app.employment.catalogue.Catalogue;
import guichet.app.employment.catalogue.Offer;
import org.springframework.stereotype.Component;

/** {@code search_jobs}. */
@Component
public class SearchJobs extends SearchOffers {

    public static final String NAME = "search_jobs";

    SearchJobs(Catalogue catalogue, EmploymentTexts texts) {
        super(catalogue, texts, Offer.Kind.JOB);
    }

    @Override
    public String name() {
        return NAME;
    }
}
