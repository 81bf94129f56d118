package guichet.app.employment.catalogue;

import java.util.List;

/**
 * A vacancy or a training course from an imported catalogue.
 *
 * @param kind job or training
 * @param id the catalogue's own id
 * @param title the offer's title
 * @param organisation the employer or training provider
 * @param country "gb" or "fr"
 * @param region the region, lower case
 * @param hoursPerWeek hours a week
 * @param skills the skills it asks for or teaches, lower case
 * @param apprenticeship an apprenticeship
 * @param cpf a course the French CPF can pay for
 * @param url where to apply or read more
 * @param description a line about it
 * @param sample whether it is invented sample data (shown as such)
 */
public record Offer(Kind kind, String id, String title, String organisation, String country, String region,
                    int hoursPerWeek, List<String> skills, boolean apprenticeship, boolean cpf, String url,
                    String description, boolean sample) {

    public enum Kind { JOB, TRAINING }

    public Offer {
        skills = List.copyOf(skills);
    }
}
