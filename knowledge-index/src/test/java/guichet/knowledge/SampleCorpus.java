package guichet.knowledge;

import guichet.knowledge.ingest.ReadOutcome;
import guichet.knowledge.ingest.Readers;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Real documents for the index tests, kept few and short so the suite stays fast. */
public final class SampleCorpus {

    /** GOV.UK pages the index tests search for. */
    public static final Set<String> GOVUK = Set.of("/jobseekers-allowance", "/national-minimum-wage-rates",
            "/holiday-entitlement-rights", "/employers-sick-pay", "/career-skills-and-training",
            "/child-benefit-complaints");
    /** travail-emploi fiches the index tests search for. */
    public static final Set<String> TRAVAIL = Set.of("https://travail-emploi.gouv.fr/la-periode-dessai",
            "https://travail-emploi.gouv.fr/la-demission");

    private SampleCorpus() {
    }

    public static List<SourceDocument> read(Path file, String collection, Set<String> ids) {
        return Readers.defaults().read(file, null, collection)
                .filter(o -> o instanceof ReadOutcome.Read).map(o -> ((ReadOutcome.Read) o).document())
                .filter(d -> ids.contains(d.documentId())).toList();
    }

    /** The shortest documents of a file, for tests that need many but not their content. */
    public static List<SourceDocument> shortest(Path file, String collection, int count) {
        return Readers.defaults().read(file, null, collection)
                .filter(o -> o instanceof ReadOutcome.Read).map(o -> ((ReadOutcome.Read) o).document())
                .sorted(Comparator.comparingInt(SampleCorpus::length)).limit(count).toList();
    }

    public static int length(SourceDocument document) {
        return document.sections().stream().mapToInt(s -> s.text().length()).sum();
    }

    /** A few GOV.UK pages, two travail-emploi fiches and the three service-public fiches. */
    public static List<SourceDocument> mixed() {
        List<SourceDocument> all = new java.util.ArrayList<>(read(TestModels.govukPages(), "govuk", GOVUK));
        all.addAll(read(TestModels.travailEmploiFiches(), "travail-emploi", TRAVAIL));
        all.addAll(read(TestModels.resource("corpus/service-public"), "service-public", Set.of("F87", "F1054", "F2262")));
        return all;
    }
}
