package guichet.app.desk.eval;

import guichet.app.desk.analysis.AnalysisContext;
import guichet.app.desk.analysis.AssessTriage;
import guichet.app.desk.analysis.CaseAnalyser;
import guichet.app.desk.analysis.DetectLanguage;
import guichet.app.desk.analysis.SeekSecondOpinion;
import guichet.app.desk.analysis.Taxonomy;
import guichet.app.desk.analysis.Triage;
import guichet.app.system.engine.InferenceRuntime;
import guichet.knowledge.eval.Bootstrap;
import guichet.models.ProgressListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Consumer;

/** The desk's triage, as cases get it, scored on labelled messages: for {@code eval triage} and model qualification. */
@Component
public class TriageEvaluator {

    private final InferenceRuntime inference;
    private final DetectLanguage detectLanguage;
    private final AssessTriage assessTriage;
    private final SeekSecondOpinion seekSecondOpinion;
    private final Taxonomy taxonomy;
    private final Triage triage;

    TriageEvaluator(InferenceRuntime inference, DetectLanguage detectLanguage, AssessTriage assessTriage,
                    SeekSecondOpinion seekSecondOpinion, Taxonomy taxonomy, Triage triage) {
        this.inference = inference;
        this.detectLanguage = detectLanguage;
        this.assessTriage = assessTriage;
        this.seekSecondOpinion = seekSecondOpinion;
        this.taxonomy = taxonomy;
        this.triage = triage;
    }

    /** The categories a labelled message may name. */
    public List<String> categories() {
        return taxonomy.ids();
    }

    /** Triages every case (models loaded first) and scores it; {@code progress} sees each outcome as it comes. */
    public TriageReport evaluate(List<TriageCase> cases, Consumer<TriageOutcome> progress) {
        inference.start(ProgressListener.NONE);
        // Load the language models and the active classifier (trained on a fresh desk) first: the time per
        // message is the triage alone.
        triage.version();
        detectLanguage.apply(new AnalysisContext("warm-up", "", "Bonjour, where is my payment?", "", null));
        return new TriageEvaluation(new CaseAnalyser(List.of(detectLanguage, assessTriage, seekSecondOpinion)),
                inference.embeddings().info().id(), Bootstrap.STANDARD).run(cases, taxonomy.ids(), progress);
    }
}
