package guichet.knowledge;

import guichet.inference.EmbeddingModel;
import guichet.inference.EmbeddingModelInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The index end to end: real documents, the real multilingual embedder, real Lucene on disk. */
class KnowledgeIndexIT {

    private static List<SourceDocument> corpus;
    private static KnowledgeIndex index;
    private static IngestReport first;

    @BeforeAll
    static void ingestOnce() {
        index = SharedIndex.get();
        corpus = SharedIndex.corpus();
        first = SharedIndex.firstIngest();
    }

    @Test
    void ingestsEveryDocumentAndCountsThem() {
        assertThat(corpus).hasSize(11);
        assertThat(first.added()).isEqualTo(11);
        assertThat(first.skipped()).isEmpty();
        IndexStats stats = index.stats();
        assertThat(stats.documents()).isEqualTo(11);
        assertThat(stats.chunks()).isEqualTo(first.chunksWritten());
        assertThat(stats.documentsPerCollection()).containsEntry("govuk", 6L).containsEntry("travail-emploi", 2L)
                .containsEntry("service-public", 3L);
        assertThat(stats.embedderId()).isEqualTo("multilingual-e5-small-q4");
        assertThat(stats.embedderSha256()).isEqualTo(TestModels.e5().info().sha256());
        assertThat(stats.sizeOnDiskBytes()).isPositive();
    }

    @Test
    void reIngestingAnUnchangedCorpusWritesNothingAndCostsUnderATenthOfTheFirstIngest() {
        IngestReport again = index.ingest(corpus, IngestListener.NONE);

        assertThat(again.unchanged()).isEqualTo(11);
        assertThat(again.added() + again.replaced()).isZero();
        assertThat(again.chunksWritten()).isZero();
        assertThat(again.embedding()).isZero();
        assertThat(again.total()).isLessThan(first.total().dividedBy(10));
    }

    @Test
    void findsAnEnglishPageFromAnEnglishQuestionInEveryMode() {
        for (SearchQuery.Mode mode : SearchQuery.Mode.values()) {
            List<Passage> passages = index.search(SearchQuery.of(
                    "how many days of paid holiday do I get a year working full time", 5, mode));

            assertThat(passages).as(mode.name()).extracting(Passage::documentId).contains("/holiday-entitlement-rights");
        }
    }

    @Test
    void aSearchByDocumentGivesEachPageOnceWithItsBestPassagesInEveryMode() {
        String question = "how many days of paid holiday do I get a year working full time";
        for (SearchQuery.Mode mode : SearchQuery.Mode.values()) {
            List<DocumentHit> pages = index.searchDocuments(SearchQuery.of(question, 4, mode));

            assertThat(pages).as(mode.name()).hasSizeBetween(1, 4).extracting(DocumentHit::documentId)
                    .doesNotHaveDuplicates().contains("/holiday-entitlement-rights");
            for (int i = 0; i < pages.size(); i++) {
                DocumentHit page = pages.get(i);
                assertThat(page.passages()).as(mode.name()).hasSizeBetween(1, index.settings().documentRanking().passages())
                        .allMatch(p -> p.documentId().equals(page.documentId()));
                assertThat(page.passages()).extracting(Passage::score).as(mode + ": best passage first")
                        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
                assertThat(page.score()).as(mode.name()).isGreaterThanOrEqualTo(page.best().score());
                assertThat(page.title()).isEqualTo(page.best().title());
                if (i > 0) {
                    assertThat(page.score()).as(mode + ": best first").isLessThanOrEqualTo(pages.get(i - 1).score());
                }
            }
        }
    }

    @Test
    void passagesOfOnePageFillThePassageRankingThatTheDocumentRankingGivesToOtherPages() {
        String question = "je suis tombée malade pendant mes congés payés, est-ce que je peux les récupérer ?";
        List<Passage> passages = index.search(SearchQuery.of(question, 5, SearchQuery.Mode.HYBRID));
        List<DocumentHit> pages = index.searchDocuments(SearchQuery.of(question, 5, SearchQuery.Mode.HYBRID));

        assertThat(passages.stream().map(Passage::documentId).distinct().count()).isLessThan(passages.size());
        assertThat(pages).hasSize(5);
        assertThat(pages.getFirst().documentId()).isEqualTo("F2262");
        assertThat(pages.getFirst().passages().stream().map(Passage::chunkId).toList())
                .isSubsetOf(index.search(SearchQuery.of(question, 40, SearchQuery.Mode.HYBRID)).stream()
                        .map(Passage::chunkId).toList());
    }

    @Test
    void findsAFrenchFicheFromAFrenchQuestion() {
        List<Passage> passages = index.search(SearchQuery.of(
                "mon employeur peut-il mettre fin à ma période d'essai du jour au lendemain ?", 3,
                SearchQuery.Mode.HYBRID));

        assertThat(passages.getFirst().documentId()).isEqualTo("https://travail-emploi.gouv.fr/la-periode-dessai");
        assertThat(passages.getFirst().language()).isEqualTo("fr");
    }

    @Test
    void findsEnglishGuidanceFromAFrenchQuestionAndFrenchGuidanceFromAnEnglishOne() {
        List<Passage> toEnglish = index.search(SearchQuery.of(
                "quel est le salaire minimum horaire au Royaume-Uni ?", 3, SearchQuery.Mode.HYBRID));
        List<Passage> toFrench = index.search(SearchQuery.of(
                "what must a French work certificate given at the end of a job contain?", 3, SearchQuery.Mode.HYBRID)
                .inLanguage("fr"));

        assertThat(toEnglish).extracting(Passage::documentId).contains("/national-minimum-wage-rates");
        assertThat(toFrench.getFirst().documentId()).isEqualTo("F87");
    }

    @Test
    void readsMisspeltWordsAsTheWordsTheGuidanceUses() {
        String typed = "how many days of paid holliday do I get a year wroking full time";

        assertThat(index.corrected(typed)).isEqualTo("how many days of paid holiday do I get a year working full time");
        assertThat(index.search(SearchQuery.of(typed, 3, SearchQuery.Mode.BM25)).getFirst().documentId())
                .isEqualTo("/holiday-entitlement-rights");
        assertThat(index.corrected("je veux donner ma démission, quel préavsi ?")).contains("préavis");
    }

    @Test
    void knowsWhichPhrasesNameAPageOrASectionInEachLanguage() {
        SectionsNamed named = index.sectionsNamed("holiday entitlement", "en");
        assertThat(named.passages()).isPositive();
        assertThat(named.labels()).anySatisfy(label -> assertThat(label).containsIgnoringCase("holiday entitlement"));
        assertThat(index.sectionsNamed("Holiday Entitlements", "en")).as("analysed as the titles are").isEqualTo(named);
        assertThat(index.sectionsNamed("entitlement holiday", "en").passages()).as("in order").isZero();
        assertThat(index.sectionsNamed("moon landing", "en").passages()).isZero();
        assertThat(index.sectionsNamed("holiday", "en").passages()).as("one word names nothing").isZero();
        assertThat(index.sectionsNamed("période d'essai", "fr").passages()).isPositive();
        assertThat(index.sectionsNamed("holiday entitlement", "fr").passages()).as("the French titles only").isZero();
    }

    @Test
    void leavesWordsTheGuidanceKnowsAndShortOrUnknownOnesAsTyped() {
        for (String typed : List.of("how many days of paid holiday do I get a year working full time",
                "mon employeur peut-il mettre fin à ma période d'essai ?",
                "I deliver for Zqxjvbw in Leeds", "my pay is 12.21 an hour")) {
            assertThat(index.corrected(typed)).as(typed).isEqualTo(typed);
        }
    }

    @Test
    void searchesOnlyTheCollectionsOfTheCountryAQuestionNames() {
        String question = "je travaille à Londres à temps plein, j'ai droit à combien de jours de congés payés ?";
        List<Passage> routed = index.search(SearchQuery.of(question, 5, SearchQuery.Mode.HYBRID));
        List<Passage> unnamed = index.search(SearchQuery.of(question.replace(" à Londres", ""), 5,
                SearchQuery.Mode.HYBRID));
        List<Passage> chosen = index.search(SearchQuery.of(question, 5, SearchQuery.Mode.HYBRID)
                .inCollection("travail-emploi"));

        assertThat(routed).isNotEmpty().allSatisfy(p -> assertThat(p.collection()).isEqualTo("govuk"));
        assertThat(routed.getFirst().documentId()).isEqualTo("/holiday-entitlement-rights");
        assertThat(unnamed).extracting(Passage::language).contains("fr");
        assertThat(chosen).isNotEmpty().allSatisfy(p -> assertThat(p.collection()).isEqualTo("travail-emploi"));
    }

    @Test
    void matchesTheWordsAQuestionSharesWithCollectionsInAnotherLanguage() {
        List<Passage> routed = index.search(SearchQuery.of(
                "je travaille à Londres, quel est le National Minimum Wage pour moi ?", 3, SearchQuery.Mode.BM25));
        List<Passage> chosen = index.search(SearchQuery.of(
                "can my employer end my période d'essai overnight?", 3, SearchQuery.Mode.BM25)
                .inCollection("travail-emploi"));

        assertThat(routed).isNotEmpty().allSatisfy(p -> assertThat(p.collection()).isEqualTo("govuk"));
        assertThat(routed.getFirst().documentId()).isEqualTo("/national-minimum-wage-rates");
        assertThat(chosen).isNotEmpty();
        assertThat(chosen.getFirst().documentId()).isEqualTo("https://travail-emploi.gouv.fr/la-periode-dessai");
    }

    @Test
    void returnsPassagesReadyToCiteWithSectionAnchorsAndHighlightedSnippets() {
        Passage passage = index.search(SearchQuery.of("statutory sick pay weekly rate", 1, SearchQuery.Mode.BM25))
                .getFirst();

        assertThat(passage.documentId()).isEqualTo("/employers-sick-pay");
        assertThat(passage.url()).startsWith("https://www.gov.uk/employers-sick-pay");
        assertThat(passage.title()).isEqualTo("Statutory Sick Pay (SSP): employer guide");
        assertThat(passage.text()).isNotBlank();
        assertThat(passage.snippet()).contains("<b>");
        assertThat(passage.collection()).isEqualTo("govuk");
        assertThat(passage.licence()).contains("Open Government Licence");
        assertThat(passage.updated()).isNotNull();
        assertThat(passage.chunkId()).matches("[0-9a-f]{16}-\\d+");

        Passage anchored = index.search(SearchQuery.of("montant de l'indemnité de rupture période d'essai délai de "
                + "prévenance", 5, SearchQuery.Mode.BM25).inCollection("travail-emploi")).stream()
                .filter(p -> p.url().contains("#")).findFirst().orElseThrow();
        assertThat(anchored.url()).startsWith(anchored.documentId() + "#");
        assertThat(anchored.headingPath()).isNotEmpty();
    }

    @Test
    void keepsAFichesDateAudienceThemePathAndSeeAlsoLinksOnItsPassages() {
        Passage passage = index.search(SearchQuery.of("heures de recherche d'emploi pendant le préavis de licenciement",
                5, SearchQuery.Mode.BM25).inCollection("service-public")).getFirst();

        assertThat(passage.documentId()).isEqualTo("F1054");
        assertThat(passage.updated()).isEqualTo(Instant.parse("2020-10-18T22:00:00Z"));
        assertThat(passage.classification().audiences()).containsExactly("Particuliers");
        assertThat(passage.classification().themePath()).containsExactly("Travail",
                "Licenciement pour motif personnel (secteur privé)");
        assertThat(passage.classification().seeAlso()).extracting(Classification.Link::url)
                .containsExactly("https://www.service-public.fr/particuliers/vosdroits/F35123");
        assertThat(index.search(SearchQuery.of("statutory sick pay", 1, SearchQuery.Mode.BM25)).getFirst()
                .classification()).isEqualTo(Classification.NONE);
    }

    @Test
    void reportsEachCollectionsDocumentsAndTheDatesOfItsOldestAndNewestGuidance() {
        List<CollectionSummary> collections = index.collections();

        assertThat(collections).extracting(CollectionSummary::name)
                .containsExactly("govuk", "service-public", "travail-emploi");
        CollectionSummary servicePublic = collections.get(1);
        assertThat(servicePublic.documents()).isEqualTo(3);
        assertThat(collections.stream().mapToLong(CollectionSummary::chunks).sum()).isEqualTo(index.stats().chunks());
        assertThat(servicePublic.chunks()).isGreaterThan(servicePublic.documents());
        assertThat(servicePublic.undated()).isZero();
        assertThat(servicePublic.oldest()).contains(Instant.parse("2020-03-29T22:00:00Z"));   // F87
        assertThat(servicePublic.newest()).contains(Instant.parse("2020-10-18T22:00:00Z"));   // F1054
        assertThat(collections.getFirst().documents()).isEqualTo(6);
    }

    @Test
    void retainsOnlyTheNamedDocumentsOfACollection(@TempDir Path folder) {
        try (KnowledgeIndex own = KnowledgeIndex.open(folder, TestModels.e5(), KnowledgeSettings.defaults())) {
            own.ingest(corpus.stream().filter(d -> !d.collection().equals("govuk")).toList(), IngestListener.NONE);

            List<String> gone = own.retain("service-public", Set.of("F87", "F2262"));

            assertThat(gone).containsExactly("F1054");
            assertThat(own.stats().documentsPerCollection()).containsEntry("service-public", 2L)
                    .containsEntry("travail-emploi", 2L);
            assertThat(own.retain("service-public", Set.of("F87", "F2262"))).isEmpty();
            assertThat(own.search(SearchQuery.of("heures de recherche d'emploi pendant le préavis", 10,
                    SearchQuery.Mode.BM25))).noneMatch(p -> p.documentId().equals("F1054"));
        }
    }

    @Test
    void filtersByCollectionLanguageAndDocumentType() {
        String question = "congés payés et arrêt maladie";

        assertThat(index.search(SearchQuery.of(question, 10, SearchQuery.Mode.HYBRID).inCollection("govuk")))
                .isNotEmpty().allSatisfy(p -> assertThat(p.collection()).isEqualTo("govuk"));
        assertThat(index.search(SearchQuery.of(question, 10, SearchQuery.Mode.DENSE).inLanguage("en")))
                .isNotEmpty().allSatisfy(p -> assertThat(p.language()).isEqualTo("en"));
        assertThat(index.search(SearchQuery.of(question, 10, SearchQuery.Mode.HYBRID)
                .ofTypes(Set.of("Fiche d'information conditionnée"))))
                .isNotEmpty().allSatisfy(p -> assertThat(p.documentId()).isEqualTo("F2262"));
    }

    @Test
    void cutsPassagesUnderTheMinimumScore() {
        List<Passage> all = index.search(SearchQuery.of("holiday entitlement", 10, SearchQuery.Mode.DENSE));
        double middle = all.get(4).score();

        List<Passage> cut = index.search(SearchQuery.of("holiday entitlement", 10, SearchQuery.Mode.DENSE)
                .withMinScore(middle));

        assertThat(cut).hasSizeBetween(1, 5).allSatisfy(p -> assertThat(p.score()).isGreaterThanOrEqualTo(middle));
    }

    @Test
    void weighsDocumentTypes(@TempDir Path folder) {
        String question = "how much holiday pay and minimum wage do workers get";
        KnowledgeIndex.restore(index.snapshot(folder.resolve("snapshot")), folder.resolve("weighted"));
        try (KnowledgeIndex weighted = KnowledgeIndex.open(folder.resolve("weighted"), TestModels.e5(),
                KnowledgeSettings.defaults().withDocumentTypeWeights(Map.of("answer", 10.0)))) {
            assertThat(index.search(SearchQuery.of(question, 10, SearchQuery.Mode.HYBRID)).getFirst().documentType())
                    .isNotEqualTo("answer");

            assertThat(weighted.search(SearchQuery.of(question, 10, SearchQuery.Mode.HYBRID)).getFirst().documentType())
                    .isEqualTo("answer");
        }
    }

    @Test
    void replacesAChangedDocumentAndDeletesOne(@TempDir Path folder) {
        try (KnowledgeIndex own = KnowledgeIndex.open(folder, TestModels.e5(), KnowledgeSettings.defaults())) {
            SourceDocument f1054 = corpus.stream().filter(d -> d.documentId().equals("F1054")).findFirst().orElseThrow();
            own.ingest(List.of(f1054), IngestListener.NONE);
            long before = own.stats().chunks();
            SourceDocument changed = new SourceDocument(f1054.documentId(), f1054.collection(), f1054.title(),
                    f1054.url(), f1054.language(), f1054.documentType(), f1054.updated(), f1054.licence(),
                    f1054.description(), List.of(new Section(List.of("Nouveau"), "", "Une règle unique : le "
                    + "zorglub est versé chaque trimestre.")));

            IngestReport report = own.ingest(List.of(changed), IngestListener.NONE);

            assertThat(report.replaced()).isEqualTo(1);
            assertThat(own.stats().documents()).isEqualTo(1);
            assertThat(before).isPositive();
            assertThat(own.stats().chunks()).isEqualTo(1);
            assertThat(own.search(SearchQuery.of(f1054.title(), 5, SearchQuery.Mode.BM25)))
                    .allSatisfy(p -> assertThat(p.text()).contains("zorglub"));
            assertThat(own.search(SearchQuery.of("zorglub", 5, SearchQuery.Mode.BM25))).singleElement()
                    .satisfies(p -> assertThat(p.headingPath()).containsExactly("Nouveau"));

            assertThat(own.delete("service-public", "F1054")).isTrue();
            assertThat(own.delete("service-public", "F1054")).isFalse();
            assertThat(own.stats().documents()).isZero();
            assertThat(own.search(SearchQuery.of("zorglub", 5, SearchQuery.Mode.HYBRID))).isEmpty();
        }
    }

    @Test
    void reportsProgressAndSkipsDocumentsWithoutText(@TempDir Path folder) {
        AtomicInteger calls = new AtomicInteger();
        List<IngestListener.IngestProgress> commits = new ArrayList<>();
        SourceDocument empty = new SourceDocument("empty", "c", "Empty", "", "en", "page", null, "", "", List.of());
        SourceDocument one = corpus.stream().filter(d -> d.documentId().equals("/child-benefit-complaints"))
                .findFirst().orElseThrow().inCollection("c");
        try (KnowledgeIndex own = KnowledgeIndex.open(folder, TestModels.e5(),
                KnowledgeSettings.defaults().withCommitBatch(1))) {
            IngestReport report = own.ingest(List.of(empty, one), new IngestListener() {
                @Override
                public void progress(IngestProgress progress) {
                    calls.incrementAndGet();
                }

                @Override
                public void committed(IngestProgress progress) {
                    commits.add(progress);
                }
            });

            assertThat(report.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).contains("no text"));
            assertThat(report.added()).isEqualTo(1);
            assertThat(calls.get()).isEqualTo(2);
            assertThat(commits).singleElement().satisfies(p -> assertThat(p.chunks()).isPositive());
        }
    }

    @Test
    void servesSearchesWhileAnIngestIsRunning(@TempDir Path folder) throws Exception {
        List<SourceDocument> govuk = corpus.stream().filter(d -> d.documentType().equals("answer")).toList();
        try (KnowledgeIndex own = KnowledgeIndex.open(folder, TestModels.e5(),
                KnowledgeSettings.defaults().withCommitBatch(1))) {
            own.ingest(govuk.subList(0, 1), IngestListener.NONE);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Future<IngestReport> ingest = pool.submit(() -> own.ingest(govuk.subList(1, govuk.size()),
                    IngestListener.NONE));
            int searches = 0;
            while (!ingest.isDone()) {
                assertThat(own.search(SearchQuery.of("holiday pay", 3, SearchQuery.Mode.BM25))).isNotNull();
                searches++;
            }
            pool.shutdown();

            assertThat(ingest.get().added()).isEqualTo(govuk.size() - 1);
            assertThat(searches).isPositive();
            assertThat(own.stats().documents()).isEqualTo(govuk.size());
        }
    }

    @Test
    void snapshotsWhileOpenAndRestoresIntoAClosedIndex(@TempDir Path folder) throws Exception {
        Path snapshot = folder.resolve("snapshot");
        Path restored = folder.resolve("restored");
        index.snapshot(snapshot);
        Files.createDirectories(restored);
        Files.writeString(restored.resolve("stray-file"), "replaced by the restore");

        KnowledgeIndex.restore(snapshot, restored);

        try (KnowledgeIndex copy = KnowledgeIndex.open(restored, TestModels.e5(), KnowledgeSettings.defaults())) {
            assertThat(copy.stats().documents()).isEqualTo(index.stats().documents());
            assertThat(copy.stats().chunks()).isEqualTo(index.stats().chunks());
            assertThat(copy.search(SearchQuery.of("certificat de travail", 1, SearchQuery.Mode.HYBRID)).getFirst()
                    .documentId()).isEqualTo("F87");
        }
        assertThat(restored.resolve("stray-file")).doesNotExist();
        assertThatThrownBy(() -> index.snapshot(snapshot)).isInstanceOf(SnapshotException.class)
                .hasMessageContaining("not empty");
        assertThatThrownBy(() -> KnowledgeIndex.restore(folder.resolve("nothing"), restored))
                .isInstanceOf(SnapshotException.class);
    }

    @Test
    void refusesToRestoreOverAnOpenIndex(@TempDir Path folder) {
        Path snapshot = index.snapshot(folder.resolve("snap"));

        assertThatThrownBy(() -> KnowledgeIndex.restore(snapshot, SharedIndex.folder()))
                .isInstanceOf(SnapshotException.class).hasMessageContaining("close it");
    }

    @Test
    void refusesAnIndexBuiltWithAnotherEmbedder(@TempDir Path folder) {
        try (KnowledgeIndex own = KnowledgeIndex.open(folder, TestModels.e5(), KnowledgeSettings.defaults())) {
            assertThat(own.stats().embedderId()).isEqualTo("multilingual-e5-small-q4");
        }
        EmbeddingModel other = new RenamedModel(TestModels.e5(), new EmbeddingModelInfo("bge-small-en-v1.5-q",
                "0f1e", 384, 512));

        assertThatThrownBy(() -> KnowledgeIndex.open(folder, other, KnowledgeSettings.defaults()))
                .isInstanceOfSatisfying(EmbedderMismatchException.class, e -> {
                    assertThat(e.indexedWith()).contains("multilingual-e5-small-q4")
                            .contains(TestModels.e5().info().sha256());
                    assertThat(e.getMessage()).contains("bge-small-en-v1.5-q").contains("re-ingest");
                });
    }

    @Test
    void refusesASecondWriterOnTheSameFolder() {
        assertThatThrownBy(() -> KnowledgeIndex.open(SharedIndex.folder(), TestModels.e5()))
                .isInstanceOf(IndexStorageException.class).hasMessageContaining("another process");
    }

    @Test
    void rejectsQueriesThatCannotRun() {
        assertThatThrownBy(() -> SearchQuery.of(" ", 5, SearchQuery.Mode.BM25)).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> SearchQuery.of("x", 0, SearchQuery.Mode.BM25)).isInstanceOf(InvalidQueryException.class);
        assertThat(index.search(SearchQuery.of("the of and", 5, SearchQuery.Mode.BM25))).isEmpty();
    }

    /** The real model under another identity: what an operator switching models would present. */
    private record RenamedModel(EmbeddingModel model, EmbeddingModelInfo info) implements EmbeddingModel {
        @Override
        public float[] embedQuery(String query) {
            return model.embedQuery(query);
        }

        @Override
        public List<float[]> embedPassages(List<String> passages) {
            return model.embedPassages(passages);
        }

        @Override
        public void close() {
        }
    }
}
