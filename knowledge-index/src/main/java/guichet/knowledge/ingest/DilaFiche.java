package guichet.knowledge.ingest;

import guichet.knowledge.Classification;
import guichet.knowledge.Section;
import guichet.knowledge.SourceDocument;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Renders a DILA "vosdroits" publication (service-public.fr fiche) into a source document: chapters,
 * sub-chapters, situations (tabs) and cases become headed sections; lists, tables and callouts
 * become readable text; addresses, online services and tab conditions are left out. The fiche's audiences,
 * breadcrumb and "see also" links are kept as its {@link Classification}.
 */
final class DilaFiche {

    static final String LICENCE = "Source : Direction de l'information légale et administrative (DILA), "
            + "service-public.fr, sous Licence Ouverte / Etalab 2.0.";
    private static final String HOME = "https://www.service-public.fr/";
    private static final String SITE = HOME + "particuliers/vosdroits/";
    private static final Set<String> NOT_PROSE = Set.of("OuSAdresser", "ServiceEnLigne", "ServiceEnLigneAnnexe",
            "NoticeLiee", "Condition", "estVrai", "ou", "Image", "PivotLocal", "RessourceWeb", "Source",
            "Reference", "VoirAussi", "PourEnSavoirPlus", "QuestionReponse", "Definition", "Abreviation",
            "Montant", "Complement");
    private static final Set<String> CALLOUTS = Set.of("ANoter", "ASavoir", "Attention", "Rappel");

    private final List<Section> sections = new ArrayList<>();

    private DilaFiche() {
    }

    static ReadOutcome toDocument(String source, DilaNode publication, String collection) {
        if (!"Publication".equals(publication.name())) {
            return ReadOutcome.skipped(source, "not a DILA publication: the root element is "
                    + publication.name() + ", not Publication");
        }
        String id = publication.attribute("ID");
        if (id.isBlank()) {
            id = publication.child("dc:identifier").map(DilaNode::flatText).orElse("").strip();
        }
        if (id.isBlank()) {
            return ReadOutcome.skipped(source, "the DILA publication has no ID");
        }
        String url = publication.attribute("spUrl").isBlank() ? SITE + id : publication.attribute("spUrl");
        String title = text(publication, "dc:title");
        String description = text(publication, "dc:description");
        String language = text(publication, "dc:language").toLowerCase(Locale.ROOT);
        DilaFiche fiche = new DilaFiche();
        publication.child("Avertissement").ifPresent(w -> fiche.container(w, List.of("Avertissement")));
        publication.child("Introduction").ifPresent(i -> fiche.container(i, List.of()));
        for (DilaNode child : publication.children()) {
            switch (String.valueOf(child.name())) {
                case "Texte" -> fiche.container(child, List.of());
                case "ListeSituations" -> child.all("Situation")
                        .forEach(s -> fiche.container(s, List.of(titleOf(s))));
                default -> {
                }
            }
        }
        if (fiche.sections.isEmpty()) {
            return ReadOutcome.skipped(source + " " + id, "the fiche has no text (a link list or guided search)");
        }
        String type = publication.attribute("type");
        return ReadOutcome.read(new SourceDocument(id, collection, title, url,
                language.length() == 2 ? language : "fr", type.isBlank() ? "fiche" : type,
                modified(text(publication, "dc:date")), LICENCE, description,
                Sections.withLead(description, fiche.sections), classification(publication, id)));
    }

    /** Audiences, the breadcrumb between the site's home and the fiche, and the "see also" pages. */
    private static Classification classification(DilaNode publication, String id) {
        List<String> audiences = publication.all("Audience").stream().map(a -> Texts.normalise(a.flatText()))
                .filter(a -> !a.isEmpty()).distinct().toList();
        List<DilaNode> levels = publication.child("FilDAriane").map(f -> f.all("Niveau")).orElse(List.of());
        List<String> themes = new ArrayList<>();
        for (int i = 1; i < levels.size(); i++) {
            DilaNode level = levels.get(i);
            if (!(i == levels.size() - 1 && id.equals(level.attribute("ID")))) {
                themes.add(Texts.normalise(level.flatText()));
            }
        }
        List<Classification.Link> seeAlso = new ArrayList<>();
        publication.child("VoirAussi").ifPresent(v -> v.children().stream().filter(c -> !c.isText()).forEach(page -> {
            String pageId = page.attribute("ID");
            String title = page.child("Titre").map(t -> Texts.normalise(t.flatText())).orElse("");
            if (!pageId.isBlank() && !title.isBlank()) {
                String audience = page.attribute("audience").isBlank() ? "Particuliers" : page.attribute("audience");
                seeAlso.add(new Classification.Link(title, HOME + audience.toLowerCase(Locale.ROOT) + "/vosdroits/"
                        + pageId));
            }
        }));
        return new Classification(audiences, themes.stream().filter(t -> !t.isEmpty()).toList(), seeAlso);
    }

    /** A node holding blocks and chapters: its own blocks form a section, each chapter a section below it. */
    private void container(DilaNode node, List<String> path) {
        StringBuilder text = new StringBuilder();
        for (DilaNode child : node.children()) {
            String name = String.valueOf(child.name());
            switch (name) {
                case "Titre" -> {
                }
                case "Texte" -> container(child, path);
                case "Chapitre", "SousChapitre", "Cas" -> {
                    flush(path, text);
                    container(child, append(path, titleOf(child)));
                }
                case "BlocCas" -> {
                    flush(path, text);
                    child.all("Cas").forEach(c -> container(c, append(path, titleOf(c))));
                }
                default -> block(child, text);
            }
        }
        flush(path, text);
    }

    private void block(DilaNode node, StringBuilder out) {
        if (node.isText()) {
            paragraph(out, node.text());
            return;
        }
        String name = node.name();
        if (NOT_PROSE.contains(name)) {
            return;
        }
        switch (name) {
            case "Paragraphe" -> paragraph(out, inline(node));
            case "Liste" -> node.all("Item").forEach(item -> paragraph(out, "- " + blocksInline(item)));
            case "Tableau" -> table(node, out);
            case "Titre" -> paragraph(out, inline(node));
            default -> {
                if (CALLOUTS.contains(name)) {
                    String label = node.child("Titre").map(DilaFiche::inline).orElse("");
                    StringBuilder inner = new StringBuilder();
                    node.children().stream().filter(c -> !"Titre".equals(c.name())).forEach(c -> block(c, inner));
                    paragraph(out, (label.isBlank() ? "" : label + " : ") + inner.toString().replace("\n\n", " "));
                } else if (node.children().stream().anyMatch(c -> !c.isText())) {
                    node.children().forEach(c -> block(c, out));
                } else {
                    paragraph(out, inline(node));
                }
            }
        }
    }

    private void table(DilaNode table, StringBuilder out) {
        table.child("Titre").ifPresent(t -> paragraph(out, inline(t)));
        List<List<String>> rows = table.all("Rangée").stream()
                .map(row -> row.all("Cellule").stream().map(cell -> Texts.normalise(blocksInline(cell))).toList())
                .toList();
        Sections.tableLines(rows).forEach(line -> paragraph(out, line));
    }

    /** A block's text on one line: paragraphs inside it separated by a space. */
    private static String blocksInline(DilaNode node) {
        StringBuilder out = new StringBuilder();
        for (DilaNode child : node.children()) {
            if (child.isText()) {
                out.append(child.text());
            } else if (NOT_PROSE.contains(child.name())) {
                continue;
            } else if ("Paragraphe".equals(child.name()) || "Titre".equals(child.name())) {
                out.append(' ').append(inline(child)).append(' ');
            } else if ("Liste".equals(child.name())) {
                child.all("Item").forEach(i -> out.append(' ').append(blocksInline(i)).append(';'));
            } else {
                out.append(' ').append(blocksInline(child)).append(' ');
            }
        }
        return Texts.normalise(out.toString());
    }

    /** Inline content: texts and inline elements joined without added spaces. */
    private static String inline(DilaNode node) {
        StringBuilder out = new StringBuilder();
        for (DilaNode child : node.children()) {
            if (child.isText()) {
                out.append(child.text());
            } else if (!NOT_PROSE.contains(child.name())) {
                out.append(child.children().stream().anyMatch(c -> "Paragraphe".equals(c.name()))
                        ? " " + blocksInline(child) + " " : inline(child));
            }
        }
        return Texts.normalise(out.toString());
    }

    private static String titleOf(DilaNode node) {
        return node.child("Titre").map(DilaFiche::inline).orElse("");
    }

    private static List<String> append(List<String> path, String title) {
        if (title.isBlank()) {
            return path;
        }
        List<String> result = new ArrayList<>(path);
        result.add(title);
        return result;
    }

    private void flush(List<String> path, StringBuilder text) {
        String value = text.toString().strip();
        if (!value.isEmpty()) {
            sections.add(new Section(path, "", value));
        }
        text.setLength(0);
    }

    private static void paragraph(StringBuilder out, String raw) {
        String value = Texts.normalise(raw);
        if (value.isEmpty() || value.equals("-")) {
            return;
        }
        if (!out.isEmpty()) {
            out.append("\n\n");
        }
        out.append(value);
    }

    private static String text(DilaNode publication, String name) {
        return publication.child(name).map(n -> Texts.normalise(n.flatText())).orElse("");
    }

    /** "modified 2020-07-30" → that day in Paris. */
    private static Instant modified(String value) {
        String date = value.replace("modified", "").strip();
        try {
            return LocalDate.parse(date).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
