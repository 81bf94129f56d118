package guichet.app.employment.agent.tools;

import guichet.app.employment.texts.EmploymentTexts;
import guichet.app.employment.catalogue.Catalogue;
import guichet.app.employment.catalogue.Offer;
import org.springframework.stereotype.Component;

/** {@code search_training}. */
@Component
public class SearchTraining extends SearchOffers {

    public static final String NAME = "search_training";

    SearchTraining(Catalogue catalogue, EmploymentTexts texts) {
        super(catalogue, texts, Offer.Kind.TRAINING);
    }

    @Override
    public String name() {
        return NAME;
    }
}
