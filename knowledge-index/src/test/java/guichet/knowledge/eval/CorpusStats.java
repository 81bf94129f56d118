package guichet.knowledge.eval;

import guichet.knowledge.SourceDocument;
import guichet.knowledge.chunk.Chunk;
import guichet.knowledge.chunk.Chunker;
import guichet.knowledge.chunk.Tokens;
import guichet.knowledge.ingest.ReadOutcome;
import guichet.knowledge.ingest.Readers;

import java.nio.file.Path;
import java.util.List;

/** Development tool: what the readers and the chunker make of corpus files. */
public final class CorpusStats {

    public static void main(String[] args) {
        Chunker chunker = new Chunker(300, 40);
        for (String file : args) {
            int docs = 0;
            int skips = 0;
            long chunks = 0;
            long tokens = 0;
            Chunk sample = null;
            for (ReadOutcome outcome : Readers.defaults().read(Path.of(file), null, "c").toList()) {
                if (outcome instanceof ReadOutcome.Read read) {
                    docs++;
                    SourceDocument d = read.document();
                    List<Chunk> cs = chunker.chunk(d);
                    chunks += cs.size();
                    for (Chunk c : cs) {
                        tokens += Tokens.estimate(c.textToEmbed());
                    }
                    if (docs == 3 && cs.size() > 2) {
                        sample = cs.get(2);
                    }
                } else {
                    skips++;
                    if (skips < 5) {
                        System.out.println("  " + outcome);
                    }
                }
            }
            System.out.printf("%s: %d docs, %d skipped, %d chunks, %d est. tokens%n", file, docs, skips, chunks, tokens);
            System.out.println("  sample: " + sample);
        }
    }
}
