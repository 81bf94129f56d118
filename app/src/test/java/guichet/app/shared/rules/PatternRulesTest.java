package guichet.app.shared.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatternRulesTest {

    @Test
    void readsRulesInOrderSkippingComments() {
        PatternRules rules = PatternRules.parse("""
                # comment

                first_rule    \\bfoo\\b
                second_rule   bar && baz
                """, "rules/xx.txt");
        assertThat(rules.rules()).extracting(PatternRule::id).containsExactly("first_rule", "second_rule");
        assertThat(rules.firstMatch("FÔO")).map(PatternRule::qualifiedId).contains("xx/first_rule");
        assertThat(rules.firstMatch("bar only")).isEmpty();
        assertThat(rules.firstMatch("baz then bar")).map(PatternRule::id).contains("second_rule");
    }

    @Test
    void aBadLineNamesTheFileAndLine() {
        assertThatThrownBy(() -> PatternRules.parse("ok_rule  a\nBad-Id  b\n", "rules/en.txt"))
                .hasMessageContaining("rules/en.txt:2");
        assertThatThrownBy(() -> PatternRules.parse("broken  (unclosed\n", "rules/en.txt"))
                .hasMessageContaining("rules/en.txt:1").hasMessageContaining("bad pattern");
    }
}
