package guichet.app.system.audit.bias;

/**
 * One variant of a case in a bias audit: the same message or situation with one attribute set to one value.
 *
 * @param caseId the case the variant belongs to (variants of one case and attribute are compared)
 * @param attribute what was varied ("name", "language", "age", "disability", "caring")
 * @param value the value it was given ("Mohammed Khan", "fr", "67")
 * @param base whether this is the case's reference variant for the attribute
 * @param outcome what the system decided ("urgent/benefits", "eligible")
 * @param positive whether that outcome is the one whose rate is compared (urgent, eligible)
 */
public record Counterfactual(String caseId, String attribute, String value, boolean base, String outcome,
                             boolean positive) {
}
