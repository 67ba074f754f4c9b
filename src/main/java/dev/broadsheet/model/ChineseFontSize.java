package dev.broadsheet.model;

import java.util.Optional;

/**
 * The traditional Chinese type sizes (字号) and their point equivalents.
 *
 * <p>Values follow the table used by Chinese word processors and typesetting systems (the 号 system as
 * standardised for lead type and carried into Founder and Word; e.g. 五号 = 10.5 pt, 小五 = 9 pt),
 * see also NEWSROOM.md "Pages": body text is set in 小五 or 五号.
 */
public enum ChineseFontSize {
    CHU_HAO("初号", 42),
    XIAO_CHU("小初", 36),
    YI_HAO("一号", 26),
    XIAO_YI("小一", 24),
    ER_HAO("二号", 22),
    XIAO_ER("小二", 18),
    SAN_HAO("三号", 16),
    XIAO_SAN("小三", 15),
    SI_HAO("四号", 14),
    XIAO_SI("小四", 12),
    WU_HAO("五号", 10.5),
    XIAO_WU("小五", 9),
    LIU_HAO("六号", 7.5),
    XIAO_LIU("小六", 6.5),
    QI_HAO("七号", 5.5),
    BA_HAO("八号", 5);

    private final String label;
    private final double points;

    ChineseFontSize(String label, double points) {
        this.label = label;
        this.points = points;
    }

    public String label() {
        return label;
    }

    public Length length() {
        return Length.pt(points);
    }

    public static Optional<ChineseFontSize> ofLabel(String label) {
        for (ChineseFontSize size : values()) {
            if (size.label.equals(label)) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }

    /** Reads a size written either as a Chinese size name (五号) or as a length (10.5pt). */
    public static Length parseSize(String text) {
        return ofLabel(text.strip()).map(ChineseFontSize::length).orElseGet(() -> Length.parse(text));
    }
}
