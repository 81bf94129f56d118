package guichet.knowledge.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTablesTest {

    @Test
    void givesAHeaderWithoutOuterPipesItsEmptyCornerAndEveryRowItsWholeWidth() {
        String markdown = "Rates:\n| 21 and over | 18 to 20 |   \n---|---|---  \nApril 2024 | £11.44 | £8.60  |   \n"
                + "April 2025 | £12.21 |   \n\nAfter.\n";

        assertThat(MarkdownTables.withCellsInPlace(markdown)).isEqualTo("Rates:\n|  | 21 and over | 18 to 20 |\n"
                + "|---|---|---|\n| April 2024 | £11.44 | £8.60 |\n| April 2025 | £12.21 |  |\n\nAfter.\n");
    }

    @Test
    void readsLeadingPipesAsOuterPipesInATableThatWritesThem() {
        String markdown = "| a | b |\n|---|---|\n| | 2 |\n| 3 | 4 | 5 |\n\n> | c | d |\n> --- | ---\n> | 6 | 7 |\n";

        assertThat(MarkdownTables.withCellsInPlace(markdown)).isEqualTo("| a | b |  |\n|---|---|---|\n|  | 2 |  |\n"
                + "| 3 | 4 | 5 |\n\n> | c | d |\n> |---|---|\n> | 6 | 7 |\n");
    }

    @Test
    void keepsEscapedPipesInsideTheirCellAndLeavesTextWithoutTablesAlone() {
        String table = "x | y\n---|---\na \\| b | c\n";
        String noTable = "Pay | or not\n\n```\nx | y\n---|---\n```\n";

        assertThat(MarkdownTables.withCellsInPlace(table)).isEqualTo("| x | y |\n|---|---|\n| a \\| b | c |\n");
        assertThat(MarkdownTables.withCellsInPlace(noTable)).isSameAs(noTable);
    }
}
