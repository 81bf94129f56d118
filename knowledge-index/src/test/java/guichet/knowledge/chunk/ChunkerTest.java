package guichet.knowledge.chunk;

import guichet.knowledge.Section;
import guichet.knowledge.SourceDocument;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChunkerTest {

    private static final String SENTENCE_A = "Vous pouvez toucher l'allocation si vous avez travaillé au moins six mois "
            + "au cours des vingt-quatre derniers mois.";
    private static final String SENTENCE_B = "Le montant dépend de vos anciens salaires et de la durée de votre contrat.";

    @Test
    void neverMixesTwoSectionsAndLinksEachChunkToItsAnchor() {
        SourceDocument document = document(List.of(
                new Section(List.of("Qui peut en bénéficier ?"), "qui-peut", SENTENCE_A),
                new Section(List.of("Montant"), "montant", SENTENCE_B),
                new Section(List.of(), "", "Texte sans titre.")));

        List<Chunk> chunks = new Chunker(300, 40).chunk(document);

        assertThat(chunks).extracting(Chunk::text).containsExactly(SENTENCE_A, SENTENCE_B, "Texte sans titre.");
        assertThat(chunks).extracting(Chunk::url).containsExactly("https://example.gouv.fr/are#qui-peut",
                "https://example.gouv.fr/are#montant", "https://example.gouv.fr/are");
        assertThat(chunks.get(1).headingPath()).containsExactly("Montant");
        assertThat(chunks).extracting(Chunk::ordinal).containsExactly(0, 1, 2);
    }

    @Test
    void cutsLongSectionsOnSentenceBoundariesWithOverlap() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("Phrase numéro ").append(i).append(" sur les droits au chômage des salariés. ");
        }
        List<Chunk> chunks = new Chunker(100, 20).chunk(document(List.of(new Section(List.of("Droits"), "d",
                text.toString()))));

        assertThat(chunks).hasSizeGreaterThan(3);
        for (Chunk chunk : chunks) {
            assertThat(chunk.text()).startsWith("Phrase numéro").endsWith("salariés.");
            assertThat(Tokens.estimate(chunk.text())).isLessThanOrEqualTo(125);
        }
        String lastSentenceOfFirst = chunks.get(0).text().substring(chunks.get(0).text().lastIndexOf("Phrase"));
        assertThat(chunks.get(1).text()).startsWith(lastSentenceOfFirst);
    }

    @Test
    void doesNotSplitOnAbbreviationsOrDecimalNumbers() {
        List<String> pieces = new Chunker(20, 0).split("Le Smic est de 11,65 € brut, soit env. 1 801,80 € par mois. "
                + "Il est revalorisé chaque année au 1er janvier par décret.", java.util.Locale.FRENCH);

        assertThat(pieces).hasSize(2);
        assertThat(pieces.getFirst()).endsWith("par mois.");
    }

    @Test
    void cutsASentenceLongerThanAChunkOnWords() {
        String endless = "mot ".repeat(600).strip();

        List<Chunk> chunks = new Chunker(100, 10).chunk(document(List.of(new Section(List.of(), "", endless))));

        assertThat(chunks).hasSizeGreaterThan(5);
        assertThat(chunks).allSatisfy(c -> assertThat(Tokens.estimate(c.text())).isLessThanOrEqualTo(130));
    }

    @Test
    void givesStableIdsThatDependOnCollectionAndDocument() {
        SourceDocument document = document(List.of(new Section(List.of(), "", SENTENCE_A)));

        String first = new Chunker(300, 40).chunk(document).getFirst().chunkId();

        assertThat(new Chunker(300, 40).chunk(document).getFirst().chunkId()).isEqualTo(first);
        assertThat(new Chunker(300, 40).chunk(document.inCollection("other")).getFirst().chunkId()).isNotEqualTo(first);
        assertThat(first).matches("[0-9a-f]{16}-0");
    }

    @Test
    void putsTitleAndHeadingsInFrontOfTheTextToEmbed() {
        Chunk chunk = new Chunker(300, 40).chunk(document(List.of(new Section(List.of("Montant", "Calcul"), "m",
                SENTENCE_B)))).getFirst();

        assertThat(chunk.textToEmbed()).isEqualTo("Allocation chômage > Montant > Calcul\n" + SENTENCE_B);
    }

    @Test
    void refusesAnOverlapLargerThanHalfAChunk() {
        assertThatThrownBy(() -> new Chunker(100, 60)).isInstanceOf(IllegalArgumentException.class);
    }

    private static SourceDocument document(List<Section> sections) {
        return new SourceDocument("are", "test", "Allocation chômage", "https://example.gouv.fr/are", "fr", "fiche",
                Instant.parse("2025-01-01T00:00:00Z"), "Licence Ouverte", "", sections);
    }
}
