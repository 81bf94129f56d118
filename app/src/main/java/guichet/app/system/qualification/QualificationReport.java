package guichet.app.system.qualification;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * What {@code guichet models qualify} found: the model, the sets it was scored on, each figure against the bar, and
 * whether it passed. Kept as {@code <home>/qualification/<model>.json} with a detached signature beside it.
 *
 * @param model the chat model qualified
 * @param embeddingModel the embedding model it ran with
 * @param qualifiedAt when the evaluations finished (ISO instant)
 * @param version the Guichet version that ran them
 * @param split the split scored
 * @param limit the cases per evaluation it was limited to, 0 for all
 * @param sets the sets read, with their SHA-256 and the cases scored from each
 * @param criteria each figure against its bound
 * @param passed whether every criterion holds
 * @param stage {@code pilot} when it passed (serve may run it), {@code scan} when it did not
 * @param figures each evaluation's headline figures over the cases scored
 * @param signer the SHA-256 of the public key that signs the report
 */
public record QualificationReport(@JsonProperty("model") QualifiedModel model,
                                  @JsonProperty("embedding_model") String embeddingModel,
                                  @JsonProperty("qualified_at") String qualifiedAt,
                                  @JsonProperty("guichet_version") String version,
                                  @JsonProperty("split") String split,
                                  @JsonProperty("limit") int limit,
                                  @JsonProperty("sets") List<SetRead> sets,
                                  @JsonProperty("criteria") List<Criterion> criteria,
                                  @JsonProperty("passed") boolean passed,
                                  @JsonProperty("stage") String stage,
                                  @JsonProperty("figures") Map<String, Object> figures,
                                  @JsonProperty("signer") String signer) {

    /**
     * A set of cases read for one evaluation.
     *
     * @param evaluation answers, safety or triage
     * @param name the file (or bundled set) name
     * @param sha256 its content's SHA-256
     * @param cases the cases of the scored split in it (before {@code --limit})
     */
    public record SetRead(@JsonProperty("evaluation") String evaluation, @JsonProperty("name") String name,
                          @JsonProperty("sha256") String sha256, @JsonProperty("cases") int cases) {
    }

    /** The criteria that failed, as one clause. */
    String failures() {
        return String.join("; ", criteria.stream().filter(c -> !c.passed()).map(Criterion::describe).toList());
    }
}
