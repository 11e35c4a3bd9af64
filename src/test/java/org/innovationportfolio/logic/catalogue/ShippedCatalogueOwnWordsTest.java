package org.innovationportfolio.logic.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's prose (summary, target group, findings) is written in our own words: no run of
 * {@value #RUN} words is copied from any source the entry cites. Facts are quotations by design and are not
 * checked; a run that is mostly capitalised words (a list of names, an award's title) is not counted.
 */
class ShippedCatalogueOwnWordsTest {

    static final int RUN = 12;
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9£%]+(?:'[A-Za-z]+)?");

    private static JsonNode catalogue;
    private static final Map<String, Set<String>> RUNS_BY_SOURCE = new HashMap<>();

    @BeforeAll
    static void readCatalogueAndSources() throws IOException {
        catalogue = new ObjectMapper().readTree(resource("/sample-data/catalogue.json"));
        for (JsonNode source : catalogue.get("sources")) {
            String text = new String(resource("/catalogue-sources/" + source.get("file").asText()).readAllBytes(),
                    StandardCharsets.UTF_8);
            Set<String> runs = new HashSet<>();
            List<String> words = words(text).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
            for (int i = 0; i + RUN <= words.size(); i++) {
                runs.add(String.join(" ", words.subList(i, i + RUN)));
            }
            RUNS_BY_SOURCE.put(source.get("id").asText(), runs);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = ShippedCatalogueOwnWordsTest.class.getResourceAsStream(path);
        assertThat(in).as(path + " is on the test classpath").isNotNull();
        return in;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.replace('\u2019', '\''));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    @Test
    void noProseFieldCopiesARunOfTwelveWordsFromItsSource() {
        List<String> copied = new ArrayList<>();
        for (JsonNode entry : catalogue.get("innovations")) {
            Set<String> cited = cited(entry);
            check(entry, "summary", entry.get("summary"), cited, copied);
            check(entry, "targetGroup", entry.get("targetGroup"), cited, copied);
            check(entry, "findings", entry.get("evidence").get("findings"), cited, copied);
        }
        assertThat(copied).as("prose copied word for word from a source").isEmpty();
    }

    @Test
    void theCheckFindsACopiedRun() {
        String copiedFrom004 = "to change their whole social care system to embed restorative practice across children's "
                + "services";
        assertThat(copiedRun(copiedFrom004, Set.of("dfe-innovation-news"))).isNotNull();
        assertThat(copiedRun("Leeds was funded to make restorative practice the norm across its children's services "
                + "and its whole social care system", Set.of("dfe-innovation-news"))).isNull();
    }

    @Test
    void anEntryIsCheckedAgainstEverySourceItCites() {
        JsonNode programme = null;
        for (JsonNode entry : catalogue.get("innovations")) {
            if (entry.get("key").asText().equals("news-csc-innovation-programme")) {
                programme = entry;
            }
        }
        assertThat(programme).isNotNull();
        List<String> citations = new ArrayList<>();
        programme.get("sources").forEach(s -> citations.add(s.get("sourceId").asText()));
        assertThat(citations).containsExactly("dfe-newsletter-2020-07", "dfe-innovation-news");

        String fromTheForeword = "we have made available as a department for rolling out innovation which has been "
                + "important";
        String fromTheIntroduction = "to act as a catalyst for developing more effective ways of supporting vulnerable"
                + " children";
        assertThat(copiedRun(fromTheForeword, Set.of(citations.get(0)))).isNotNull();
        assertThat(copiedRun(fromTheIntroduction, Set.of(citations.get(1)))).isNotNull();
        assertThat(copiedRun(fromTheForeword, cited(programme))).isNotNull();
        assertThat(copiedRun(fromTheIntroduction, cited(programme))).isNotNull();
    }

    /** Every source the entry cites for its prose, then those its facts cite. */
    private static Set<String> cited(JsonNode entry) {
        Set<String> cited = new LinkedHashSet<>();
        entry.get("sources").forEach(s -> cited.add(s.get("sourceId").asText()));
        entry.get("facts").forEach(f -> cited.add(f.get("source").get("sourceId").asText()));
        return cited;
    }

    private static void check(JsonNode entry, String field, JsonNode value, Set<String> cited, List<String> copied) {
        if (value == null || value.isNull()) {
            return;
        }
        String run = copiedRun(value.asText(), cited);
        if (run != null) {
            copied.add(entry.get("key").asText() + " " + field + ": \"" + run + "\"");
        }
    }

    private static String copiedRun(String text, Set<String> cited) {
        List<String> words = words(text);
        for (int i = 0; i + RUN <= words.size(); i++) {
            List<String> run = words.subList(i, i + RUN);
            long capitalised = run.stream().filter(w -> Character.isUpperCase(w.charAt(0))).count();
            if (capitalised * 2 >= RUN) {
                continue;
            }
            String key = String.join(" ", run).toLowerCase(Locale.ROOT);
            for (String source : cited) {
                if (RUNS_BY_SOURCE.getOrDefault(source, Set.of()).contains(key)) {
                    return String.join(" ", run);
                }
            }
        }
        return null;
    }
}
