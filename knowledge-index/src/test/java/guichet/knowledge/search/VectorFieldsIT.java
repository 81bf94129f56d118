package guichet.knowledge.search;

import guichet.knowledge.KnowledgeIndex;
import guichet.knowledge.KnowledgeSettings;
import guichet.knowledge.Passage;
import guichet.knowledge.SearchQuery;
import guichet.knowledge.SharedIndex;
import guichet.knowledge.SourceDocument;
import guichet.knowledge.TestModels;
import guichet.knowledge.chunk.Chunk;
import guichet.knowledge.chunk.Chunker;
import guichet.knowledge.index.Analyzers;
import guichet.knowledge.index.ChunkFields;
import guichet.knowledge.index.EmbedderIdentity;
import guichet.knowledge.index.VectorCodec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** One vector graph per language, and indexes written with the single graph of before still searched. */
class VectorFieldsIT {

    @Test
    void eachLanguageHasItsOwnVectorGraph() throws Exception {
        SharedIndex.get();
        try (FSDirectory directory = FSDirectory.open(SharedIndex.folder());
             DirectoryReader reader = DirectoryReader.open(directory)) {
            Set<String> vectorFields = StreamSupport.stream(FieldInfos.getMergedFieldInfos(reader).spliterator(), false)
                    .filter(f -> f.getVectorDimension() > 0).map(f -> f.name).collect(Collectors.toSet());

            assertThat(vectorFields).containsExactlyInAnyOrder("vector_en", "vector_fr");
        }
    }

    @Test
    void aFrenchQuestionRoutedToEnglishGuidanceFindsItInTheEnglishGraph() {
        List<Passage> hits = SharedIndex.get().search(SearchQuery.of(
                "je travaille à Londres, combien de jours de congés payés par an ?", 5, SearchQuery.Mode.DENSE));

        assertThat(hits).isNotEmpty().allSatisfy(p -> assertThat(p.collection()).isEqualTo("govuk"));
    }

    @Test
    void anIndexWrittenWithOneVectorFieldForAllLanguagesIsStillSearchedByVector(@TempDir Path folder) throws Exception {
        SourceDocument fiche = SharedIndex.corpus().stream().filter(d -> d.documentId().equals("F1054")).findFirst()
                .orElseThrow();
        List<Chunk> chunks = new Chunker(KnowledgeSettings.defaults().chunkTokens(),
                KnowledgeSettings.defaults().chunkOverlapTokens()).chunk(fiche);
        try (FSDirectory directory = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.perField())
                     .setCodec(VectorCodec.of(KnowledgeSettings.defaults())))) {
            for (Chunk chunk : chunks) {
                float[] vector = TestModels.e5().embedPassages(List.of(chunk.textToEmbed())).getFirst();
                Document doc = ChunkFields.toDocument(chunk, vector, fiche.contentHash());
                doc.removeField(ChunkFields.vectorField(Analyzers.suffix(chunk.language())));
                doc.add(new KnnFloatVectorField(ChunkFields.VECTOR, ChunkFields.unit(vector),
                        VectorSimilarityFunction.DOT_PRODUCT));
                writer.addDocument(doc);
            }
            java.util.Map<String, String> format1 = new java.util.HashMap<>(EmbedderIdentity.userData(TestModels.e5().info()));
            format1.put(EmbedderIdentity.FORMAT, "1");
            writer.setLiveCommitData(format1.entrySet());
            writer.commit();
        }

        try (KnowledgeIndex old = KnowledgeIndex.open(folder, TestModels.e5(), KnowledgeSettings.defaults())) {
            List<Passage> hits = old.search(SearchQuery.of(fiche.title(), 3, SearchQuery.Mode.DENSE));

            assertThat(hits).isNotEmpty().allSatisfy(p -> assertThat(p.documentId()).isEqualTo("F1054"));
        }
    }
}
