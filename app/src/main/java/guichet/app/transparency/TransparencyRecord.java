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
 * @param sources the guidance it answers from
 * @param humanDecisions where a person decides, not the tool
 * @param evaluations the last run of each evaluation
 * @param limits known limits
 * @param complaints how to complain
 * @param dataProtection what it keeps about people and for how long
 */
public record TransparencyRecord(Instant generatedAt, String name, String version, String organisation, String contact,
                                 String phase, String purpose, String aiDisclosure, List<Model> models,
                                 List<Source> sources, List<String> humanDecisions, List<EvaluationRun> evaluations,
                                 List<String> limits, String complaints, List<String> dataProtection) {

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
     * A collection of guidance.
     *
     * @param documents documents in the index, -1 when the index is not open (command line)
     */
    public record Source(String collection, String licence, long documents) {
    }
}
