package dev.broadsheet.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageRangeTest {

    @Test
    void parsesSinglePagesSpansAndLists() {
        PageRange range = PageRange.parse("1-4");
        assertThat(range.contains(1)).isTrue();
        assertThat(range.contains(4)).isTrue();
        assertThat(range.contains(5)).isFalse();
        PageRange list = PageRange.parse(" 2, 5-6 ");
        assertThat(list.contains(2)).isTrue();
        assertThat(list.contains(3)).isFalse();
        assertThat(list.contains(6)).isTrue();
        assertThat(list).hasToString("2,5-6");
        assertThat(PageRange.parse("all").contains(99)).isTrue();
        assertThat(PageRange.parse(null)).isEqualTo(PageRange.ALL);
    }

    @Test
    void rejectsWhatIsNotARange() {
        assertThatThrownBy(() -> PageRange.parse("4-1")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'4-1'");
        assertThatThrownBy(() -> PageRange.parse("0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageRange.parse("one")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1-4");
    }
}
