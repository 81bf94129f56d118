package guichet.app.employment.eligibility;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The rules files: one per benefit, built in under {@code employment/rules/*.json}; a deployment
 * adds or replaces one (same file name) in {@code <guichet.home>/config/employment/rules/}. A file
 * that does not check stops start-up.
 */
@Configuration(proxyBeanMethods = false)
class EligibilityConfiguration {

    static final String RULES = "employment/rules/";

    @Bean
    RuleBook ruleBook(@Value("${guichet.home}") Path home) {
        return load(home.resolve("config").resolve(RULES));
    }

    @Bean
    EligibilityEngine eligibilityEngine(RuleBook rules) {
        return new EligibilityEngine(rules);
    }

    /** The built-in rules files, with those in {@code overrides} (a folder, may be absent) on top. */
    static RuleBook load(Path overrides) {
        Map<String, String> files = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + RULES + "*.json")) {
                files.put(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
            }
            if (Files.isDirectory(overrides)) {
                try (Stream<Path> listed = Files.list(overrides)) {
                    for (Path file : listed.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                        files.put(file.getFileName().toString(), Files.readString(file));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the eligibility rules", e);
        }
        List<BenefitRule> rules = new ArrayList<>();
        files.forEach((name, text) -> rules.add(RuleFileReader.read(name, text)));
        return new RuleBook(rules);
    }
}
