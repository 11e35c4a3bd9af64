package org.innovationportfolio.logic.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.InvalidValueException;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The values officers type into trackers, read as the app means them; table by table. */
class TrackerValuesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "31/03/2025     | 2025-03-31",
        "1/4/2025       | 2025-04-01",
        "31.3.25        | 2025-03-31",
        "31-03-2025     | 2025-03-31",
        "2025-03-31     | 2025-03-31",
        "3 Mar 2025     | 2025-03-03",
        "3 March 2025   | 2025-03-03",
        "3rd Sept 2025  | 2025-09-03",
        "Mar-25         | 2025-03-31",
        "Feb-24         | 2024-02-29",
        "March 2025     | 2025-03-31",
        "Q1 2024/25     | 2024-06-30",
        "Q2 2024/25     | 2024-09-30",
        "Q3 2024/25     | 2024-12-31",
        "Q4 2024/25     | 2025-03-31",
        "q4 FY2024-25   | 2025-03-31",
    })
    void datesAsOfficersWriteThem(String text, String expected) {
        assertThat(TrackerDates.parse(text)).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "31/02/2025 | 31/02/2025 is not a date.",
        "13/13/2025 | 13/13/2025 is not a date.",
        "Q5 2024/25 | Q5 2024/25 is not a date. Write dates like 31/03/2025, Mar-25 or Q4 2024/25.",
        "Q4 2024/26 | Q4 2024/26 is not a date.",
        "soon       | soon is not a date. Write dates like 31/03/2025, Mar-25 or Q4 2024/25.",
        "Mxx-25     | Mxx-25 is not a date. Write dates like 31/03/2025, Mar-25 or Q4 2024/25.",
    })
    void notDatesAreRefusedWithTheTextAsWritten(String text, String message) {
        assertThatThrownBy(() -> TrackerDates.parse(text)).isInstanceOf(InvalidValueException.class).hasMessage(message);
    }

    @Test
    void dateCellsAndSerialsAreDates() {
        assertThat(TrackerDates.parse(SheetCell.of("C3", LocalDate.of(2025, 3, 31)))).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(TrackerDates.parse(SheetCell.of("C3", 45747.0))).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(TrackerDates.parse(SheetCell.of("C3", null))).isNull();
        assertThatThrownBy(() -> TrackerDates.parse(SheetCell.of("C3", 12.0))).hasMessage("12 is a number, not a date.");
    }

    @ParameterizedTest(name = "{0} is {1} pence")
    @CsvSource(delimiter = '|', value = {
        "£1.2m          | 120000000",
        "1,200,000      | 120000000",
        "£350k          | 35000000",
        "350000.00      | 35000000",
        "(5,000)        | -500000",
        "(£5,000.50)    | -500050",
        "-£40           | -4000",
        "£ 1,234.56     | 123456",
        "GBP 2000       | 200000",
    })
    void moneyAsOfficersWriteIt(String text, long pence) {
        assertThat(TrackerMoney.parse(text)).isEqualTo(Money.ofPence(pence));
    }

    @Test
    void moneyBlanksNumbersAndRefusals() {
        assertThat(TrackerMoney.parse("-")).isNull();
        assertThat(TrackerMoney.parse(" ")).isNull();
        assertThat(TrackerMoney.parse(SheetCell.of("D4", 1234.5600000001))).isEqualTo(Money.ofPence(123456));
        assertThatThrownBy(() -> TrackerMoney.parse("about £3k")).hasMessageStartingWith("about £3k is not an amount of money.");
        assertThatThrownBy(() -> TrackerMoney.parse("£1.234")).hasMessageStartingWith("£1.234 is not an amount");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "Red          | RED",
        "r            | RED",
        "AMBER        | AMBER",
        "A            | AMBER",
        "Green        | GREEN",
        "G            | GREEN",
        "Amber/Green  | AMBER",
        "Amber-Green  | AMBER",
        "AG           | AMBER",
        "Green/Amber  | AMBER",
        "Red/Amber    | RED",
        "RA           | RED",
        "Amber Red    | RED",
    })
    void ragWithTheWorseColourOfTwo(String text, Rag rag) {
        assertThat(TrackerRag.parse(text)).isEqualTo(rag);
    }

    @Test
    void ragFromAColouredCellAndRefusals() {
        assertThat(TrackerRag.parse(new SheetCell("E5", null, null, "Amber"))).isEqualTo(Rag.AMBER);
        assertThat(TrackerRag.parse(SheetCell.of("E5", null))).isNull();
        assertThatThrownBy(() -> TrackerRag.parse("Blue")).hasMessage("Blue is not a RAG status. Use Red, Amber or Green (or R, A, G).");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "Delivering     | DELIVERING",
        "Delivery       | DELIVERING",
        "Live           | DELIVERING",
        "business case  | BUSINESS_CASE",
        "BC             | BUSINESS_CASE",
        "Mobilisation   | MOBILISING",
        "BAU            | EMBEDDING",
        "Complete       | CLOSED",
        "Cancelled      | STOPPED",
        "Idea           | EXPLORING",
    })
    void stagesWithSynonyms(String text, Stage stage) {
        assertThat(TrackerStages.parse(text)).isEqualTo(stage);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "Project        | TITLE",
        "Scheme         | TITLE",
        "Initiative     | TITLE",
        "RAG            | RAG",
        "Status         | RAG",
        "Overall RAG    | RAG",
        "Lead           | LEAD",
        "Project lead   | LEAD",
        "SRO            | LEAD",
        "Commentary:    | COMMENTARY",
        "Project id     | ID",
        "Phase          | STAGE",
    })
    void headersOfficersWrite(String header, TrackerField field) {
        assertThat(TrackerField.guess(header)).hasValueSatisfying(g -> assertThat(g.field()).isEqualTo(field));
    }

    @ParameterizedTest(name = "\"{0}\" is funding in {1}")
    @CsvSource(delimiter = '|', value = {
        "2024/25          | 2024",
        "24-25            | 2024",
        "FY24/25          | 2024",
        "FY 2024/25       | 2024",
        "2024/2025        | 2024",
        "Budget 2025/26   | 2025",
        "2025/26 (£)      | 2025",
    })
    void fundingYearHeaders(String header, int startYear) {
        assertThat(TrackerField.guess(header)).hasValue(new TrackerField.Guess(TrackerField.FUNDING,
                new FinancialYear(startYear)));
    }

    @Test
    void headersThatMeanNothingHere() {
        assertThat(TrackerField.guess("RAG date")).isEmpty();
        assertThat(TrackerField.guess("Total awarded")).isEmpty();
        assertThat(TrackerField.guess("2024/26")).isEmpty();
    }
}
