package guichet.app.knowledge;

import guichet.app.system.engine.StartsAfterModels;
import guichet.app.knowledge.corpus.CorpusPacks;
import guichet.app.knowledge.corpus.CorpusProperties;
import guichet.app.system.engine.InferenceRuntime;
import guichet.inference.EngineUnavailableException;
import guichet.knowledge.IngestListener;
import guichet.knowledge.IngestReport;
import guichet.knowledge.IngestStoppedException;
import guichet.knowledge.KnowledgeIndex;
import guichet.knowledge.KnowledgeSettings;
import guichet.knowledge.search.DocumentRanking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.Set;

/**
 * The open knowledge index: opened once the embedder is loaded, filled with the sample guidance the
 * first time it is empty (progress in the log), ready only when that is done.
 */
@Component
public class KnowledgeRuntime implements DisposableBean, StartsAfterModels {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeRuntime.class);
    private static final long LOG_EVERY_MILLIS = 10_000;

    /** Where the knowledge base stands. */
    public enum State { CLOSED, OPENING, INGESTING_SAMPLE, READY, FAILED }

    private final KnowledgeProperties properties;
    private final CorpusProperties corpus;
    private final InferenceRuntime inference;
    private final Path home;
    private volatile State state = State.CLOSED;
    private volatile String detail = "";
    // Set as soon as the index is open, so that shutdown closes it even during the sample ingest;
    // served only once the state is READY.
    private volatile KnowledgeIndex index;

    KnowledgeRuntime(KnowledgeProperties properties, CorpusProperties corpus, InferenceRuntime inference,
                     @Value("${guichet.home}") Path home) {
        this.properties = properties;
        this.corpus = corpus;
        this.inference = inference;
        this.home = home;
    }

    /** Opens the index (after the models are loaded) and ingests the sample when it is empty; idempotent. */
    @Override
    public synchronized void start() {
        if (state == State.READY) {
            return;
        }
        try {
            state = State.OPENING;
            KnowledgeIndex opened = KnowledgeIndex.open(properties.indexDir(), inference.embeddings(), settings());
            index = opened;
            if (properties.sampleOnFirstStart() && SampleKnowledge.pending(opened, home)) {
                state = State.INGESTING_SAMPLE;
                LOG.info("ingesting the sample guidance (GOV.UK, travail-emploi.gouv.fr, service-public.fr): the index is "
                        + "empty or the last sample ingest did not finish");
                Set<String> packed = Set.copyOf(CorpusPacks.collectionsOfInstalledPacks(corpus.dir()));
                if (!packed.isEmpty()) {
                    LOG.info("the sample's fiches of {} are left to the corpus packs installed there", packed);
                }
                IngestReport report = SampleKnowledge.ingestInto(opened, home, new LoggedIngest(), packed);
                LOG.info("sample guidance ingested: {} documents, {} chunks ({} from the shipped embeddings) in {} s "
                        + "({} skipped)", report.ingested(), report.chunksWritten(), report.chunksFromCache(),
                        report.total().toSeconds(), report.skipped().size());
            }
            state = State.READY;
            detail = "";
        } catch (IngestStoppedException e) {
            LOG.info("sample guidance ingest stopped by the shutdown: {} documents went in; the rest follows at the "
                    + "next start", e.kept().ingested());
        } catch (RuntimeException e) {
            state = State.FAILED;
            detail = e.getMessage();
            throw e;
        }
    }

    private KnowledgeSettings settings() {
        return KnowledgeSettings.defaults()
                .withFusion(properties.rrfK(), properties.lexicalWeight(), properties.denseWeight())
                .withQuantizedVectors(properties.quantizedVectors())
                .withSpellingCorrection(properties.correctSpelling())
                .withDocumentRanking(new DocumentRanking(properties.documentPassages(), properties.documentNextShare()));
    }

    /** The open index; a clear "not ready" until then. */
    public KnowledgeIndex index() {
        KnowledgeIndex current = index;
        if (current == null || state != State.READY) {
            throw new EngineUnavailableException(switch (state) {
                case FAILED -> "the knowledge index failed to open: " + detail;
                case INGESTING_SAMPLE -> "the sample guidance is still being ingested";
                default -> "the knowledge index is not open yet";
            });
        }
        return current;
    }

    public State state() {
        return state;
    }

    public String detail() {
        return detail;
    }

    @Override
    public void destroy() {
        KnowledgeIndex current = index;
        index = null;
        state = State.CLOSED;
        if (current != null) {
            current.close();
        }
    }

    /** Ingest progress as a log line every few seconds. */
    private final class LoggedIngest implements IngestListener {
        private long lastLog;

        @Override
        public void progress(IngestProgress progress) {
            detail = progress.documents() + " documents, " + progress.chunks() + " chunks";
            if (progress.elapsedMillis() - lastLog >= LOG_EVERY_MILLIS) {
                lastLog = progress.elapsedMillis();
                LOG.info("sample guidance: {} documents, {} chunks so far ({} s)", progress.documents(), progress.chunks(),
                        progress.elapsedMillis() / 1000);
            }
        }
    }
}
