package dev.broadsheet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class LengthTest {

    @Test
    void keepsTheUnitItWasWrittenIn() {
        assertThat(Length.parse("297mm").toString()).isEqualTo("297mm");
        assertThat(Length.parse("10.5pt").toString()).isEqualTo("10.5pt");
        assertThat(Length.parse(" 38 q ").toString()).isEqualTo("38q");
        assertThat(Length.parse("-0mm").toString()).isEqualTo("0mm");
    }

    @Test
    void convertsThroughPoints() {
        assertThat(Length.mm(25.4).toPoints()).isCloseTo(72.0, within(1e-9));
        assertThat(Length.parse("4q").toMillimetres()).isCloseTo(1.0, within(1e-9));
        assertThat(Length.pt(72).to(Length.Unit.IN).value()).isCloseTo(1.0, within(1e-12));
        assertThat(Length.mm(10).plus(Length.pt(72)).toMillimetres()).isCloseTo(35.4, within(1e-9));
        assertThat(Length.mm(1).compareTo(Length.pt(3))).isNegative();
        assertThat(Length.mm(1).compareTo(Length.pt(2))).isPositive();
    }

    @Test
    void refusesTextThatIsNotALength() {
        assertThatThrownBy(() -> Length.parse("two")).hasMessageContaining("not a length: 'two'");
        assertThatThrownBy(() -> Length.parse("12px")).hasMessageContaining("unknown unit 'px'");
        assertThatThrownBy(() -> Length.pt(Double.NaN)).hasMessageContaining("finite");
    }

    @Property
    void printingAndParsingRoundTrip(@ForAll @DoubleRange(min = -1e6, max = 1e6) double value) {
        Length length = Length.mm(value);
        assertThat(Length.parse(length.toString())).isEqualTo(length);
    }

    @Test
    void chineseSizesMapToPoints() {
        assertThat(ChineseFontSize.parseSize("五号")).isEqualTo(Length.pt(10.5));
        assertThat(ChineseFontSize.parseSize("小五")).isEqualTo(Length.pt(9));
        assertThat(ChineseFontSize.parseSize("9.5pt")).isEqualTo(Length.pt(9.5));
    }
}
