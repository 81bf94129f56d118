package guichet.app.desk;

import guichet.app.desk.analysis.AssessTriage;
import guichet.app.desk.analysis.CaseAnalyser;
import guichet.app.desk.analysis.DetectLanguage;
import guichet.app.desk.analysis.ExtractReferences;
import guichet.app.desk.analysis.SpotVulnerability;
import guichet.app.desk.analysis.Summarise;
import guichet.app.desk.draft.DraftReply;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** The analysis of a citizen's message, in the one place where its order can be read. */
@Configuration(proxyBeanMethods = false)
class DeskAnalysisConfiguration {

    @Bean
    CaseAnalyser caseAnalyser(DetectLanguage detectLanguage, ExtractReferences extractReferences,
                              SpotVulnerability spotVulnerability, AssessTriage assessTriage, Summarise summarise,
                              DraftReply draftReply) {
        return new CaseAnalyser(List.of(
                detectLanguage,     // 1. the citizen's language (the reply is written in it)
                extractReferences,  // 2. claim numbers, dates, amounts, masked NI numbers, phones, addresses
                spotVulnerability,  // 3. signs the writer needs extra care
                assessTriage,       // 4. urgency (signals, then classifier, erring on urgent) and category
                summarise,          // 5. the model's summary if it passes the checks, else extractive
                draftReply));       // 6. templates + guidance quoted with citations; never sent by the system
    }
}
