package guichet.knowledge.ingest;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.stream.Stream;

/**
 * service-public.fr fiches in DILA's own "vosdroits" XML ({@code <Publication ID="F…">}), one fiche
 * per file. DOCTYPEs and external entities are refused.
 */
public final class ServicePublicXmlReader implements DocumentReader {

    public static final String FORMAT = "service-public-xml";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean sniff(String fileName, String head) {
        return fileName.endsWith(".xml") && head.contains("<Publication");
    }

    @Override
    public Stream<ReadOutcome> read(String source, byte[] content, String collection) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(null);
            Document xml = builder.parse(new ByteArrayInputStream(content));
            return Stream.of(DilaFiche.toDocument(source, DilaNode.fromXml(xml.getDocumentElement()), collection));
        } catch (SAXParseException e) {
            return Stream.of(ReadOutcome.skipped(source, "broken XML at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage()));
        } catch (SAXException | IOException e) {
            return Stream.of(ReadOutcome.skipped(source, "unreadable XML: " + e.getMessage()));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses secure settings", e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
