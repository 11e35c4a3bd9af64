package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import javafx.css.ParsedValue;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The build writes the theme and our main stylesheet in JavaFX's binary form (tools/CompileStylesheets.java,
 * in process-classes) and {@link AppLook} uses them: they must say exactly what the CSS says.
 */
class CompiledStylesheetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/atlantafx/base/theme/primer-light.css", Css.STYLESHEET})
    void theCompiledFormIsUsedAndHoldsEveryRuleOfTheCss(String css) throws IOException {
        String used = AppLook.compiled(css);

        assertThat(used).as("the build compiled %s", css).endsWith(".bss");
        URL cssUrl = AppLook.class.getResource(css);
        Stylesheet binary = Stylesheet.loadBinary(new URL(used));
        Stylesheet parsed = new CssParser().parse(cssUrl);
        // url(...) values keep the address of the sheet they came from, to resolve against: the one difference.
        assertThat(describe(binary.getRules(), used)).hasSize(parsed.getRules().size())
                .isEqualTo(describe(parsed.getRules(), cssUrl.toExternalForm()));
    }

    @Test
    void aStylesheetTheBuildDidNotCompileIsUsedAsItIs() {
        String timeline = "/org/innovationportfolio/ui/timeline/timeline.css";

        assertThat(AppLook.compiled(timeline)).endsWith("timeline.css")
                .isEqualTo(AppLook.class.getResource(timeline).toExternalForm());
    }

    /** Each rule's selectors and declarations as text, which the binary form must keep in order. */
    private static List<String> describe(List<Rule> rules, String sheet) {
        return rules.stream().map(rule -> rule.getSelectors() + " " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + ":" + describe(d.getParsedValue()) + (d.isImportant() ? "!" : ""))
                .toList()).map(text -> text.replace(sheet, "<this sheet>")).toList();
    }

    /** A parsed value as text, nested values and arrays of them included (their toString shows identities). */
    private static String describe(Object value) {
        if (value instanceof ParsedValue<?, ?> parsed) {
            String converter = parsed.getConverter() == null ? "" : parsed.getConverter().getClass().getName();
            return "(" + describe(parsed.getValue()) + " " + converter + ")";
        }
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(CompiledStylesheetsTest::describe).toList().toString();
        }
        return String.valueOf(value);
    }
}
