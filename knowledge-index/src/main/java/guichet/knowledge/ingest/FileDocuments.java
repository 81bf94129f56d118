package guichet.knowledge.ingest;

import java.util.Locale;

/** Ids, titles and types for a ministry's own files, which carry no publisher metadata. */
final class FileDocuments {

    static final String LICENCE = "";

    private FileDocuments() {
    }

    /** The stable id of a file: its path relative to the ingested folder, with '/' separators. */
    static String id(String source) {
        return source.replace('\\', '/');
    }

    /** "guides/aide-au-retour.md" → "aide au retour". */
    static String titleFromName(String source) {
        String name = source.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replace('-', ' ').replace('_', ' ').strip();
    }

    static String language(String declared, String text) {
        if (declared != null && declared.length() >= 2 && Character.isLetter(declared.charAt(0))) {
            return declared.substring(0, 2).toLowerCase(Locale.ROOT);
        }
        return LanguageGuess.detect(text);
    }
}
