package guichet.app.desk.analysis.urgency;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Distances in working days (Monday to Friday) from the day a message came in, so that "within about
 * one working day" means the same thing on a Friday as on a Tuesday: a deadline on Monday is one
 * working day from a Friday, a deadline on Saturday none.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /**
     * The working days after {@code from} up to and including {@code to}; 0 for the same day or a
     * weekend straight after; negative (calendar days) when {@code to} is before {@code from}.
     */
    public static long after(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -ChronoUnit.DAYS.between(to, from);
        }
        long count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }
}
