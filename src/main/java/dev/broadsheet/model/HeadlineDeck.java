package dev.broadsheet.model;

/**
 * A story's headline deck (NEWSROOM.md "Headline deck"): 引题 kicker above, 主题 headline, 副题 subhead
 * below. Any of them may be null. A style left null uses the paper's style for its role.
 */
public record HeadlineDeck(String kicker, String headline, String subhead,
                           TextStyle kickerStyle, TextStyle headlineStyle, TextStyle subheadStyle,
                           FitMode headlineFit) {
    public HeadlineDeck {
        if (headlineFit == null) {
            headlineFit = FitMode.KEEP_SIZE;
        }
    }

    public static HeadlineDeck of(String kicker, String headline, String subhead) {
        return new HeadlineDeck(kicker, headline, subhead, null, null, null, FitMode.KEEP_SIZE);
    }

    public static HeadlineDeck empty() {
        return of(null, null, null);
    }

    public boolean isEmpty() {
        return blank(kicker) && blank(headline) && blank(subhead);
    }

    public HeadlineDeck withTexts(String newKicker, String newHeadline, String newSubhead) {
        return new HeadlineDeck(newKicker, newHeadline, newSubhead, kickerStyle, headlineStyle, subheadStyle, headlineFit);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
