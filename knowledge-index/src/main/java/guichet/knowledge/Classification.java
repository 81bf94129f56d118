package guichet.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * How a publisher files a page on its site: who it is written for, where it sits in the site's themes,
 * and which pages it points to as "see also". Empty for files that carry none of it.
 *
 * @param audiences the audiences it is written for ("Particuliers", "Professionnels"...), in the publisher's words
 * @param themePath the site's themes and folders above the page, outermost first, the site's home and the page
 *                  itself left out ("Argent" › "Impôt sur le revenu : déclaration et revenus à déclarer")
 * @param seeAlso the pages it recommends next, each with its title and address
 */
public record Classification(List<String> audiences, List<String> themePath, List<Link> seeAlso) {

    /** Nothing known. */
    public static final Classification NONE = new Classification(List.of(), List.of(), List.of());

    public Classification {
        audiences = List.copyOf(Objects.requireNonNull(audiences, "audiences"));
        themePath = List.copyOf(Objects.requireNonNull(themePath, "themePath"));
        seeAlso = List.copyOf(Objects.requireNonNull(seeAlso, "seeAlso"));
    }

    /** A page another page points to. */
    public record Link(String title, String url) {

        public Link {
            title = title == null ? "" : title.strip();
            url = url == null ? "" : url.strip();
        }
    }

    /** True when nothing is known. */
    public boolean isEmpty() {
        return audiences.isEmpty() && themePath.isEmpty() && seeAlso.isEmpty();
    }
}
