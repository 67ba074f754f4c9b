package dev.broadsheet.model;

/** The roles text plays on a news page; each has a style in the paper's {@link StyleSheet}. */
public enum TextRole {
    BODY,
    /** The dateline label that opens a story, such as 本报讯 or 新华社北京5月1日电, set in bold. */
    DATELINE,
    /** A byline on a line of its own (本报记者 张三). */
    BYLINE,
    /** 引题 (kicker, also 肩题/眉题): above the headline. */
    KICKER,
    /** 主题: the main headline. */
    HEADLINE,
    /** 副题: below the headline. */
    SUBHEAD,
    /** 插题: a crosshead inside the body. */
    CROSSHEAD,
    CAPTION,
    PHOTO_TITLE,
    /** The photographer's credit (… 摄). */
    CREDIT,
    /** 报眉 / 版头: the page header. */
    PAGE_HEADER
}
