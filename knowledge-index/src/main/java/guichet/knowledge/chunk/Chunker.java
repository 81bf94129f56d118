package guichet.knowledge.chunk;

import guichet.knowledge.Section;
import guichet.knowledge.SourceDocument;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Heading-aware chunking: each section is chunked on its own (a chunk never spans two headings),
 * into chunks of about {@code targetTokens} made of whole sentences ({@link BreakIterator} for the
 * document's locale), the next chunk starting with the last sentences of the previous one up to
 * {@code overlapTokens}. A sentence longer than a chunk is cut on word boundaries.
 */
public final class Chunker {

    private final int targetTokens;
    private final int overlapTokens;

    public Chunker(int targetTokens, int overlapTokens) {
        if (targetTokens < 20 || overlapTokens < 0 || overlapTokens > targetTokens / 2) {
            throw new IllegalArgumentException("chunk size " + targetTokens + " with overlap " + overlapTokens);
        }
        this.targetTokens = targetTokens;
        this.overlapTokens = overlapTokens;
    }

    /** The settings that shape the chunks ("300/40"): chunks made with other settings differ. */
    public String settings() {
        return targetTokens + "/" + overlapTokens;
    }

    public List<Chunk> chunk(SourceDocument document) {
        List<Chunk> chunks = new ArrayList<>();
        String idPrefix = idPrefix(document.collection(), document.documentId());
        Locale locale = Locale.forLanguageTag(document.language());
        for (Section section : document.sections()) {
            String page = section.url().isEmpty() ? document.url() : section.url();
            String url = section.anchor().isEmpty() || page.isEmpty() ? page : page + "#" + section.anchor();
            for (String text : split(section.text(), locale)) {
                int ordinal = chunks.size();
                chunks.add(new Chunk(idPrefix + "-" + ordinal, document.documentId(), ordinal, document.collection(),
                        document.title(), section.headingPath(), url, document.language(), document.documentType(),
                        document.updated(), document.licence(), text, document.classification()));
            }
        }
        return chunks;
    }

    /** The texts of one section's chunks. */
    List<String> split(String text, Locale locale) {
        List<String> sentences = sentences(text, locale);
        List<String> chunks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int tokens = 0;
        int fresh = 0;
        for (String sentence : sentences) {
            int size = Tokens.estimate(sentence);
            if (tokens + size > targetTokens && fresh > 0) {
                chunks.add(join(current));
                List<String> overlap = new ArrayList<>();
                int overlapSize = 0;
                for (int i = current.size() - 1; i >= 0; i--) {
                    int s = Tokens.estimate(current.get(i));
                    if (overlapSize + s > overlapTokens) {
                        break;
                    }
                    overlap.addFirst(current.get(i));
                    overlapSize += s;
                }
                current = overlap;
                tokens = overlapSize;
                fresh = 0;
            }
            current.add(sentence);
            tokens += size;
            fresh++;
        }
        if (fresh > 0) {
            String last = join(current);
            if (!chunks.isEmpty() && Tokens.estimate(last) - overlapTokens < targetTokens / 8
                    && Tokens.estimate(chunks.getLast()) + Tokens.estimate(last) <= targetTokens * 5 / 4) {
                chunks.set(chunks.size() - 1, join(List.of(chunks.getLast(), tail(current, fresh))));
            } else {
                chunks.add(last);
            }
        }
        return chunks;
    }

    private static String tail(List<String> sentences, int count) {
        return join(sentences.subList(sentences.size() - count, sentences.size()));
    }

    /** Sentences of each paragraph; sentences too long for one chunk are cut on words. */
    private List<String> sentences(String text, Locale locale) {
        List<String> result = new ArrayList<>();
        for (String paragraph : text.split("\n\n")) {
            BreakIterator iterator = BreakIterator.getSentenceInstance(locale);
            iterator.setText(paragraph);
            int start = iterator.first();
            for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
                String sentence = paragraph.substring(start, end).strip();
                if (sentence.isEmpty()) {
                    continue;
                }
                if (Tokens.estimate(sentence) > targetTokens) {
                    result.addAll(cut(sentence));
                } else {
                    result.add(sentence);
                }
            }
            if (!result.isEmpty()) {
                result.set(result.size() - 1, result.getLast() + "\n");
            }
        }
        return result;
    }

    private List<String> cut(String sentence) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String word : sentence.split(" ")) {
            if (Tokens.estimate(piece) + Tokens.estimate(word) > targetTokens * 3 / 4 && !piece.isEmpty()) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(piece.isEmpty() ? "" : " ").append(word);
        }
        if (!piece.isEmpty()) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    /** Sentences joined with a space, or a blank line where a paragraph ended. */
    private static String join(List<String> sentences) {
        StringBuilder out = new StringBuilder();
        for (String sentence : sentences) {
            if (!out.isEmpty()) {
                out.append(out.charAt(out.length() - 1) == '\n' ? "\n" : " ");
            }
            out.append(sentence);
        }
        return out.toString().strip();
    }

    /** The chunk-id prefix of a document: 16 hex digits of SHA-256 over collection and id. */
    public static String idPrefix(String collection, String documentId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((collection + "\u0000" + documentId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
