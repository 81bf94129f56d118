package guichet.app.desk;

import guichet.app.desk.analysis.AssessTriage;
import guichet.app.desk.analysis.CaseAnalyser;
import guichet.app.desk.analysis.DetectLanguage;
import guichet.app.desk.analysis.ExtractReferences;
import guichet.app.desk.analysis.SecondOpinion;
import guichet.app.desk.analysis.SeekSecondOpinion;
import guichet.app.desk.analysis.SpotVulnerability;
import guichet.app.desk.analysis.Summarise;
import guichet.app.desk.draft.DraftReply;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** The analysis of a citizen's message, in the one place where its order can be read. */
@Configuration(proxyBeanMethods = false)
class DeskAnalysisConfiguration {

    @Bean
    CaseAnalyser caseAnalyser(DetectLanguage detectLanguage, ExtractReferences extractReferences,
                              SpotVulnerability spotVulnerability, AssessTriage assessTriage,
                              SeekSecondOpinion seekSecondOpinion, Summarise summarise, DraftReply draftReply) {
        return new CaseAnalyser(List.of(
                detectLanguage,     // 1. the citizen's language (the reply is written in it)
                extractReferences,  // 2. claim numbers, dates, amounts, masked NI numbers, phones, addresses
                spotVulnerability,  // 3. signs the writer needs extra care
                assessTriage,       // 4. urgency (signals read against the day it came in, then classifier,
                                    //    erring on urgent), category and secondary category
                seekSecondOpinion,  // 5. a big enough chat model may make it urgent, citing a sentence of it
                summarise,          // 6. the model's summary if it passes the checks, else extractive
                draftReply));       // 7. templates + guidance quoted with citations; never sent by the system
    }

    /** No second opinion unless a deployment provides one (the bigger model's verdict, ADR 14). */
    @Bean
    @ConditionalOnMissingBean
    SecondOpinion secondOpinion() {
        return SecondOpinion.NONE;
    }
}
