package org.innovationportfolio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "£1,234.56 | 123456",
        "1234.5 | 123450",
        "£2.1m | 210000000",
        "£2.1M | 210000000",
        "£3.09m | 309000000",
        "£250k | 25000000",
        "£1.5bn | 150000000000",
        "0 | 0",
        "£0.01 | 1",
        ".5 | 50",
        "-£40 | -4000",
        "£-40.10 | -4010",
        "  £ 12,345  | 1234500",
        "1,000,000 | 100000000",
    })
    void parsesAmountsAsOfficersWriteThem(String text, long pence) {
        assertThat(Money.parse(text).pence()).isEqualTo(pence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"£12,34x", "12,34", "£", "", "  ", "£1.2.3", "abc", "--5", "£1,23,456", "1e5", "£2.1mm", "-£-4"})
    void refusesTextThatIsNotMoneyWithAMessage(String text) {
        assertThatThrownBy(() -> Money.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("£");
    }

    @Test
    void refusesFractionsOfAPenny() {
        assertThatThrownBy(() -> Money.parse("£1.234"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("fractions of a penny");
        assertThatThrownBy(() -> Money.parse("£1.234567891m"))
                .hasMessageContaining("fractions of a penny");
    }

    @Test
    void refusesAmountsTooLargeToHold() {
        assertThatThrownBy(() -> Money.parse("£999999999999999999"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("too large");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "123456 | £1,234.56",
        "5 | £0.05",
        "0 | £0.00",
        "-4010 | -£40.10",
        "210000000 | £2,100,000.00",
    })
    void formatsWithPence(long pence, String expected) {
        assertThat(Money.ofPence(pence).format()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "210000000 | £2.1m",
        "300000000 | £3m",
        "309000000 | £3.09m",
        "123456789 | £1.23m",
        "25000000 | £250k",
        "99999999 | £1m",
        "12345 | £123",
        "150 | £2",
        "-210000000 | -£2.1m",
        "0 | £0",
    })
    void formatsShortFormForBoards(long pence, String expected) {
        assertThat(Money.ofPence(pence).formatShort()).isEqualTo(expected);
    }

    @Test
    void formatsWholePoundsRoundingHalfUp() {
        assertThat(Money.ofPence(123456750).formatPounds()).isEqualTo("£1,234,568");
        assertThat(Money.ofPence(149).formatPounds()).isEqualTo("£1");
        assertThat(Money.ofPence(150).formatPounds()).isEqualTo("£2");
    }

    @Test
    void addsAndSubtractsExactly() {
        Money total = Money.ZERO;
        for (int i = 0; i < 10; i++) {
            total = total.plus(Money.parse("0.10"));
        }
        assertThat(total).isEqualTo(Money.parse("£1"));
        assertThat(Money.ofPounds(5).minus(Money.ofPence(501)).isNegative()).isTrue();
    }

    @Test
    void parsedAndFormattedAmountsRoundTrip() {
        for (long pence : new long[] {0, 1, 99, 100, 123456, -987654321, 210000000}) {
            Money money = Money.ofPence(pence);
            assertThat(Money.parse(money.format())).isEqualTo(money);
        }
    }
}
