package guichet.app.desk.analysis;

import guichet.app.TestModels;
import guichet.app.desk.DeskFixtures;
import guichet.app.desk.eval.TriageCase;
import guichet.inference.llamacpp.LlamaChatModel;
import guichet.inference.llamacpp.LlamaSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

/** Prints what the real small model writes as summaries (a look, not a test: no Test/IT suffix). */
class SummaryTrial {

    @Test
    void printSummaries() throws Exception {
        LlamaChatModel chat = LlamaChatModel.load(LlamaSettings.defaults(TestModels.chatModelFile()).withThreads(2)
                .withContextTokens(4096).withSlots(1), Files.createTempDirectory("native"));
        Summarise summarise = new Summarise(() -> chat, DeskFixtures.resources(), DeskFixtures.languages(),
                DeskFixtures.defaults(), new Taxonomy(DeskFixtures.resources()));
        int used = 0;
        int n = 0;
        for (TriageCase c : TriageCase.read(DeskFixtures.triageSet("tune.jsonl")).subList(0, 12)) {
            AnalysisContext context = new AnalysisContext(c.id(), c.subject(), c.body(), "", null);
            context.language(DeskFixtures.languages().detect(c.body()).orElse("en"));
            long start = System.nanoTime();
            var written = summarise.write(context);
            long ms = (System.nanoTime() - start) / 1_000_000;
            n++;
            System.out.println("== " + c.id() + " (" + ms + " ms) " + written.map(w -> "[" + w.problem() + "] " + w.text()).orElse("-"));
            System.out.println("   extractive: " + ExtractiveSummary.of(c.subject(), c.body(), context.language()));
            if (written.isPresent() && written.get().problem().isEmpty()) {
                used++;
            }
        }
        System.out.println("model summaries used: " + used + "/" + n);
    }
}
