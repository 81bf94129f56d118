package guichet.app.desk.analysis;

import guichet.app.shared.text.QuestionLanguage;
import org.springframework.stereotype.Component;

/** The language the citizen wrote in (the reply is drafted in it); English when the text does not say. */
@Component
public class DetectLanguage implements AnalysisStep {

    private final QuestionLanguage languages;

    public DetectLanguage(QuestionLanguage languages) {
        this.languages = languages;
    }

    @Override
    public void apply(AnalysisContext context) {
        String body = context.body().isBlank() ? context.subject() : context.body();
        context.language(languages.detect(body).or(() -> languages.detect(context.text())).orElse("en"));
    }
}
