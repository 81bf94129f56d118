package guichet.models.importing;

import guichet.inference.gguf.GgufMetadata;
import guichet.models.ModelEntry;
import guichet.models.ModelFile;
import guichet.models.ModelTask;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Describes a GGUF file that no catalogue lists as a local chat entry, from what its header says. */
public final class LocalGgufEntry {

    /** Context recommended for an unknown model: enough for retrieval, small enough for a laptop. */
    static final int MAX_RECOMMENDED_CONTEXT = 4096;

    private LocalGgufEntry() {
    }

    /** The id for a file called {@code fileName}: {@code local-} and its lower-cased stem, other characters as '-'. */
    public static String idFor(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        return "local-" + stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
    }

    /** The entry for the GGUF file {@code fileName} with the given header, size and SHA-256. */
    public static ModelEntry of(String fileName, GgufMetadata metadata, long size, String sha256) {
        Map<String, Object> settings = new LinkedHashMap<>();
        int trained = metadata.trainedContextLength();
        if (trained > 0) {
            settings.put("contextTokens", Math.min(trained, MAX_RECOMMENDED_CONTEXT));
        }
        String name = metadata.name().isBlank() ? fileName : metadata.name();
        String publisher = metadata.string("general.organization")
                .or(() -> metadata.string("general.author")).orElse("unknown");
        return new ModelEntry(idFor(fileName), ModelTask.CHAT, false, name, publisher,
                metadata.string("general.license").orElse("unknown"), templateFamily(metadata), List.of(),
                "Imported by the operator from " + fileName + "; not in the catalogue and not qualified.",
                List.of(new ModelFile(fileName, size, sha256)), settings, List.of(), true);
    }

    /** "chatml" when the stored template uses ChatML markers, else "unknown". */
    static String templateFamily(GgufMetadata metadata) {
        return metadata.chatTemplate().contains("<|im_start|>") ? "chatml" : "unknown";
    }
}
