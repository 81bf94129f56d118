package guichet.app.employment.catalogue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sample catalogue, searched with the filters the agent uses. */
class CatalogueTest {

    static final Catalogue SAMPLE = new Catalogue(CatalogueConfiguration.load(Path.of("no-operator-files")));

    @AfterAll
    static void close() throws Exception {
        SAMPLE.close();
    }

    @Test
    void theSampleIsLoadedAndMarkedSample() {
        assertThat(SAMPLE.size()).isEqualTo(28);
        Catalogue.Found all = SAMPLE.search(new Catalogue.Filters(Offer.Kind.JOB, null, null, null, List.of(), false, false), 100);
        assertThat(all.offers()).hasSize(16).allSatisfy(o -> assertThat(o.sample()).isTrue());
    }

    @Test
    void filtersByRegionHoursAndRanksBySkills() {
        Catalogue.Found found = SAMPLE.search(new Catalogue.Filters(Offer.Kind.JOB, "gb", "yorkshire and the humber", null,
                List.of("forklift"), false, false), 5);
        assertThat(found.regionWidened()).isFalse();
        assertThat(found.offers()).extracting(Offer::id).startsWith("S-J01");

        Catalogue.Found partTime = SAMPLE.search(new Catalogue.Filters(Offer.Kind.JOB, "gb", null, 16, List.of(), false, false), 10);
        assertThat(partTime.offers()).isNotEmpty().allSatisfy(o -> assertThat(o.hoursPerWeek()).isLessThanOrEqualTo(16));
        assertThat(partTime.offers()).extracting(Offer::id).contains("S-J03", "S-J04", "S-J08", "S-J10");
    }

    @Test
    void widensToTheCountryWhenTheRegionHasNothing() {
        Catalogue.Found found = SAMPLE.search(new Catalogue.Filters(Offer.Kind.JOB, "gb", "south east", null,
                List.of("it"), false, false), 3);
        assertThat(found.regionWidened()).isTrue();
        assertThat(found.offers()).extracting(Offer::country).containsOnly("gb");
        assertThat(found.offers().getFirst().skills()).contains("it");
    }

    @Test
    void apprenticeshipsAndCpfCourses() {
        assertThat(SAMPLE.search(new Catalogue.Filters(Offer.Kind.JOB, "gb", "london", null, List.of(), true, false), 10)
                .offers()).extracting(Offer::id).containsExactlyInAnyOrder("S-J05", "S-J06");
        assertThat(SAMPLE.search(new Catalogue.Filters(Offer.Kind.TRAINING, "fr", "auvergne-rhône-alpes", null,
                List.of("retail"), false, true), 10).offers()).extracting(Offer::id).startsWith("S-T08");
    }

    @Test
    void readsQuotedCsvAndRefusesBrokenLines() {
        List<Offer> offers = CatalogueReader.read("jobs.csv", """
                id,title,organisation,country,region,hoursPerWeek,skills,apprenticeship,url,description,sample
                J1,"Cook, nights",Acme,gb,london,20,cooking;cleaning,false,https://x,"He said ""hi""\",false
                """, Offer.Kind.JOB);
        assertThat(offers).singleElement().satisfies(o -> {
            assertThat(o.title()).isEqualTo("Cook, nights");
            assertThat(o.description()).isEqualTo("He said \"hi\"");
            assertThat(o.skills()).containsExactly("cooking", "cleaning");
        });
        assertThatThrownBy(() -> CatalogueReader.read("jobs.csv", "id,title\nJ1,T,extra\n", Offer.Kind.JOB))
                .hasMessageContaining("line 2");
    }
}
