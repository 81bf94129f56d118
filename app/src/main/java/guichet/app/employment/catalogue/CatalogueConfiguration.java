package guichet.app.employment.catalogue;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The job and training catalogue: the files an operator put in {@code <guichet.home>/employment/catalogue/}
 * ({@code jobs*.csv|json}, {@code training*.csv|json}), or, when there are none, the shipped sample
 * catalogue (invented offers, marked sample).
 */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    @Bean(destroyMethod = "close")
    Catalogue catalogue(@Value("${guichet.home}") Path home) {
        return new Catalogue(load(home.resolve("employment").resolve("catalogue")));
    }

    static List<Offer> load(Path folder) {
        List<Offer> offers = new ArrayList<>();
        try {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.sorted().toList()) {
                        String name = file.getFileName().toString();
                        Offer.Kind kind = name.startsWith("jobs") ? Offer.Kind.JOB
                                : name.startsWith("training") ? Offer.Kind.TRAINING : null;
                        if (kind != null && (name.endsWith(".csv") || name.endsWith(".json"))) {
                            offers.addAll(CatalogueReader.read(name, Files.readString(file), kind));
                        }
                    }
                }
            }
            if (offers.isEmpty()) {
                offers.addAll(CatalogueReader.read("sample-jobs.csv", sample("sample-jobs.csv"), Offer.Kind.JOB));
                offers.addAll(CatalogueReader.read("sample-training.json", sample("sample-training.json"), Offer.Kind.TRAINING));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalogue in " + folder, e);
        }
        return offers;
    }

    private static String sample(String name) throws IOException {
        return new ClassPathResource("employment/catalogue/" + name).getContentAsString(StandardCharsets.UTF_8);
    }
}
