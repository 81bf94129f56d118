package guichet.app.transparency;

import guichet.app.system.evaluations.EvaluationRun;

import java.time.Instant;
import java.util.List;

/**
 * A record in the shape of the UK's Algorithmic Transparency Recording Standard (ATRS), generated from what
 * Guichet really runs: owner and purpose (tier 1), models, data, human oversight, measured figures and limits
 * (tier 2).
 *
 * @param generatedAt when it was generated
 * @param name the tool's name
 * @param version the running version
 * @param organisation who runs it and answers for it
 * @param contact where to write
 * @param phase alpha, beta, pilot or production
 * @param purpose what it is for
 * @param aiDisclosure how people are told they deal with an AI (EU AI Act, Art. 50)
 * @param models the models it runs
 * @param qualification whether the chat model passed qualification on this site, and on what figures
 * @param sources the guidance it answers from
 * @param humanDecisions where a person decides, not the tool
 * @param evaluations the last run of each evaluation
 * @param energy the energy of answers on this host since the process started, and how it is measured
 * @param limits known limits
 * @param complaints how to complain
 * @param dataProtection what it keeps about people and for how long
 */
public record TransparencyRecord(Instant generatedAt, String name, String version, String organisation, String contact,
                                 String phase, String purpose, String aiDisclosure, List<Model> models,
                                 Qualification qualification, List<Source> sources, List<String> humanDecisions, List<EvaluationRun> evaluations,
                                 Energy energy, List<String> limits, String complaints, List<String> dataProtection) {

    /**
     * A model the tool runs.
     *
     * @param role "chat" or "embedding"
     * @param parameters weights, 0 when the catalogue does not say
     * @param runsOn where it runs: in the Guichet process, or the self-hosted pool named
     */
    public record Model(String role, String id, String name, String publisher, String licence, String sha256,
                        long parameters, String runsOn) {
    }

    /**
     * The chat model's qualification on this site (ADR 39).
     *
     * @param stage {@code pilot} (passed), {@code scan} (evaluated, did not pass) or {@code none} (no valid report)
     * @param statement the verdict in one sentence
     * @param qualifiedAt when the report was made, empty without one
     * @param signer the SHA-256 of the site key that signs reports, to check a report with
     * @param criteria each figure against its bound, empty without a report
     */
    public record Qualification(String stage, String statement, String qualifiedAt, String signer,
                                List<guichet.app.system.qualification.Criterion> criteria) {
    }

    /**
     * The energy answers use on this host.
     *
     * @param method how it is measured
     * @param answersMeasured answers measured since the process started
     * @param meanWattHours their mean, 0 before the first
     */
    public record Energy(String method, long answersMeasured, double meanWattHours) {
    }

    /**
     * A collection of guidance.
     *
     * @param documents documents in the index, -1 when the index is not open (command line)
     */
    public record Source(String collection, String licence, long documents) {
    }
}
