package guichet.app.transparency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;
import java.util.Map;

/**
 * What the operator states in the transparency record (the rest is read from the running configuration).
 *
 * @param organisation the public body that runs this Guichet and answers for it
 * @param contact where to write about the tool (an address of the team, not a person)
 * @param purpose what the tool is for, in a sentence or two
 * @param complaints how a citizen complains about an answer or a decision
 * @param phase alpha, beta, pilot or production
 * @param sources the licence of each collection of guidance, by collection name
 * @param limits what the tool cannot do or gets wrong, known from its evaluations and its use
 */
@ConfigurationProperties("guichet.transparency")
public record TransparencyProperties(@DefaultValue("not stated (set guichet.transparency.organisation)") String organisation,
                                     @DefaultValue("not stated (set guichet.transparency.contact)") String contact,
                                     @DefaultValue("") String purpose,
                                     @DefaultValue("") String complaints,
                                     @DefaultValue("pilot") String phase,
                                     Map<String, String> sources,
                                     List<String> limits) {

    public TransparencyProperties {
        sources = sources == null ? Map.of() : Map.copyOf(sources);
        limits = limits == null ? List.of() : List.copyOf(limits);
    }
}
