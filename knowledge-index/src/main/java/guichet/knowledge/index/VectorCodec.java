package guichet.knowledge.index;

import guichet.knowledge.KnowledgeSettings;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;

/**
 * Lucene's default codec with the vector format chosen by the settings: HNSW over float vectors,
 * or HNSW over scalar-quantized vectors. The format's name is written into each segment, so an
 * index reads back whatever setting it was written with.
 */
public final class VectorCodec {

    private VectorCodec() {
    }

    public static Codec of(KnowledgeSettings settings) {
        KnnVectorsFormat format = settings.quantizeVectors()
                ? new Lucene104HnswScalarQuantizedVectorsFormat(settings.hnswMaxConnections(), settings.hnswBeamWidth())
                : new Lucene99HnswVectorsFormat(settings.hnswMaxConnections(), settings.hnswBeamWidth());
        return new Lucene104Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return format;
            }
        };
    }
}
