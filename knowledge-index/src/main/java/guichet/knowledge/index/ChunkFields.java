package guichet.knowledge.index;

import guichet.knowledge.Classification;
import guichet.knowledge.Passage;
import guichet.knowledge.chunk.Chunk;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The Lucene fields of one chunk, written and read back in one place. */
public final class ChunkFields {

    public static final String CHUNK_ID = "chunk_id";
    public static final String DOCUMENT_KEY = "doc_key";
    public static final String DOCUMENT_ID = "document_id";
    public static final String COLLECTION = "collection";
    public static final String LANGUAGE = "language";
    public static final String DOCUMENT_TYPE = "document_type";
    public static final String CONTENT_HASH = "content_hash";
    public static final String FIRST_CHUNK = "first_chunk";
    public static final String TITLE = "title";
    public static final String HEADINGS = "headings";
    public static final String TEXT = "text";
    public static final String URL = "url";
    public static final String UPDATED = "updated";
    public static final String LICENCE = "licence";
    /** The audiences the document is written for, one value each (filterable). */
    public static final String AUDIENCE = "audience";
    /** The site's themes above the document, outermost first. */
    public static final String THEME_PATH = "theme_path";
    /** The pages the document recommends next: a title and an address each. */
    public static final String SEE_ALSO = "see_also";
    /**
     * Every word of the chunk (title, headings, text) as written, lower-cased but neither stemmed nor
     * stripped of stop words: the vocabulary a misspelt question is corrected against.
     */
    public static final String WORDS = "words";
    private static final FieldType WORDS_TYPE = wordsType();
    /**
     * The vector field of indexes written before ADR 23, all languages in one HNSW graph; still
     * searched, and left behind by every document ingested again.
     */
    public static final String VECTOR = "vector";
    private static final String HEADING_SEPARATOR = "\u001f";
    private static final String LINK_SEPARATOR = "\u001e";

    private ChunkFields() {
    }

    /** Only which chunks hold a word is needed: no frequencies, positions or norms. */
    private static FieldType wordsType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    /** The key of a document across collections: its chunks are replaced and deleted together. */
    public static Term documentKey(String collection, String documentId) {
        return new Term(DOCUMENT_KEY, collection + "\u0000" + documentId);
    }

    public static Term firstChunk() {
        return new Term(FIRST_CHUNK, "1");
    }

    /**
     * The per-language vector field ({@code vector_fr}...): one HNSW graph per language, so that a
     * search filtered to another language's collections does not wade through the nearest
     * neighbours in the question's own language (ADR 23).
     */
    public static String vectorField(String suffix) {
        return VECTOR + "_" + suffix;
    }

    /** Whether a field holds chunk vectors (the per-language ones, or the single one of older indexes). */
    public static boolean isVectorField(String field) {
        return field.equals(VECTOR) || field.startsWith(VECTOR + "_");
    }

    /** The per-language field a chunk's text goes to ({@code text_fr}...). */
    public static String textField(String language) {
        return TEXT + "_" + Analyzers.suffix(language);
    }

    public static Document toDocument(Chunk chunk, float[] vector, String contentHash) {
        String suffix = "_" + Analyzers.suffix(chunk.language());
        Document doc = new Document();
        doc.add(new StringField(CHUNK_ID, chunk.chunkId(), Field.Store.YES));
        Term key = documentKey(chunk.collection(), chunk.documentId());
        doc.add(new StringField(DOCUMENT_KEY, key.text(), Field.Store.NO));
        // Read for every candidate when a search groups passages by document: doc values, not stored fields.
        doc.add(new SortedDocValuesField(DOCUMENT_KEY, key.bytes()));
        doc.add(new StringField(DOCUMENT_ID, chunk.documentId(), Field.Store.YES));
        doc.add(new StringField(COLLECTION, chunk.collection(), Field.Store.YES));
        doc.add(new StringField(LANGUAGE, chunk.language(), Field.Store.YES));
        doc.add(new StringField(DOCUMENT_TYPE, chunk.documentType(), Field.Store.YES));
        doc.add(new SortedDocValuesField(DOCUMENT_TYPE, new BytesRef(chunk.documentType())));
        doc.add(new StoredField(CONTENT_HASH, contentHash));
        if (chunk.ordinal() == 0) {
            doc.add(new StringField(FIRST_CHUNK, "1", Field.Store.NO));
        }
        doc.add(new StoredField(TITLE, chunk.title()));
        doc.add(new TextField(TITLE + suffix, chunk.title(), Field.Store.NO));
        String headings = String.join(HEADING_SEPARATOR, chunk.headingPath());
        doc.add(new StoredField(HEADINGS, headings));
        if (!headings.isEmpty()) {
            doc.add(new TextField(HEADINGS + suffix, String.join(" ", chunk.headingPath()), Field.Store.NO));
        }
        doc.add(new TextField(TEXT + suffix, chunk.text(), Field.Store.YES));
        doc.add(new Field(WORDS, chunk.title() + "\n" + String.join("\n", chunk.headingPath()) + "\n" + chunk.text(),
                WORDS_TYPE));
        doc.add(new StoredField(URL, chunk.url()));
        if (chunk.updated() != null) {
            doc.add(new StoredField(UPDATED, chunk.updated().toEpochMilli()));
        }
        doc.add(new StoredField(LICENCE, chunk.licence()));
        addClassification(doc, chunk.classification());
        doc.add(new KnnFloatVectorField(vectorField(Analyzers.suffix(chunk.language())), unit(vector),
                VectorSimilarityFunction.DOT_PRODUCT));
        return doc;
    }

    private static void addClassification(Document doc, Classification classification) {
        for (String audience : classification.audiences()) {
            doc.add(new StringField(AUDIENCE, audience, Field.Store.YES));
        }
        if (!classification.themePath().isEmpty()) {
            doc.add(new StoredField(THEME_PATH, String.join(HEADING_SEPARATOR, classification.themePath())));
        }
        if (!classification.seeAlso().isEmpty()) {
            doc.add(new StoredField(SEE_ALSO, String.join(LINK_SEPARATOR, classification.seeAlso().stream()
                    .map(link -> link.title().replace(HEADING_SEPARATOR, " ").replace(LINK_SEPARATOR, " ")
                            + HEADING_SEPARATOR + link.url()).toList())));
        }
    }

    private static Classification classification(Document doc) {
        List<String> audiences = Arrays.asList(doc.getValues(AUDIENCE));
        String themes = doc.get(THEME_PATH);
        String links = doc.get(SEE_ALSO);
        List<Classification.Link> seeAlso = links == null || links.isEmpty() ? List.of()
                : Arrays.stream(links.split(LINK_SEPARATOR)).map(line -> line.split(HEADING_SEPARATOR, 2))
                .map(parts -> new Classification.Link(parts[0], parts.length > 1 ? parts[1] : "")).toList();
        return new Classification(audiences, themes == null || themes.isEmpty() ? List.of()
                : Arrays.asList(themes.split(HEADING_SEPARATOR)), seeAlso);
    }

    /** A passage from a chunk's stored fields. */
    public static Passage toPassage(Document doc, double score, String snippet) {
        String language = doc.get(LANGUAGE);
        String text = doc.get(textField(language));
        String headings = doc.get(HEADINGS);
        org.apache.lucene.index.IndexableField updated = doc.getField(UPDATED);
        return new Passage(doc.get(CHUNK_ID), doc.get(DOCUMENT_ID), doc.get(TITLE), doc.get(URL),
                headings == null || headings.isEmpty() ? List.of() : Arrays.asList(headings.split(HEADING_SEPARATOR)),
                text == null ? "" : text, snippet, score, doc.get(COLLECTION), language, doc.get(DOCUMENT_TYPE),
                updated == null ? null : Instant.ofEpochMilli(updated.numericValue().longValue()), doc.get(LICENCE),
                classification(doc));
    }

    /** Receives one chunk's embedded text and vector. */
    @FunctionalInterface
    public interface VectorSink {
        void accept(String textToEmbed, float[] vector);
    }

    /**
     * Gives every live chunk's vector with the exact text it was computed from ({@link Chunk#textToEmbed},
     * rebuilt from the stored title, headings and text).
     *
     * @return the number of chunks given
     */
    public static int exportVectors(IndexReader reader, VectorSink sink) throws IOException {
        int count = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            for (FieldInfo field : leaf.reader().getFieldInfos()) {
                if (field.getVectorDimension() > 0 && isVectorField(field.name)) {
                    count += exportVectors(leaf, leaf.reader().getFloatVectorValues(field.name), sink);
                }
            }
        }
        return count;
    }

    private static int exportVectors(LeafReaderContext leaf, FloatVectorValues vectors, VectorSink sink)
            throws IOException {
        int count = 0;
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        KnnVectorValues.DocIndexIterator iterator = vectors.iterator();
        for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.nextDoc()) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            Document fields = stored.document(doc);
            String headings = fields.get(HEADINGS);
            String text = fields.get(textField(fields.get(LANGUAGE)));
            Chunk chunk = new Chunk(fields.get(CHUNK_ID), fields.get(DOCUMENT_ID), 0, fields.get(COLLECTION),
                    fields.get(TITLE), headings == null || headings.isEmpty() ? List.of()
                    : Arrays.asList(headings.split(HEADING_SEPARATOR, -1)), fields.get(URL), fields.get(LANGUAGE),
                    fields.get(DOCUMENT_TYPE), null, "", text == null ? "" : text, Classification.NONE);
            sink.accept(chunk.textToEmbed(), vectors.vectorValue(iterator.index()).clone());
            count++;
        }
        return count;
    }

    /** The vector scaled to unit length (dot product then equals cosine). */
    public static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm == 0 || Math.abs(norm - 1) < 1e-4) {
            return vector;
        }
        float[] result = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            result[i] = (float) (vector[i] / norm);
        }
        return result;
    }
}
