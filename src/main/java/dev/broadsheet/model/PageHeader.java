package dev.broadsheet.model;

/**
 * 报眉 / 版头: the page header with date, issue number, page number and name, and the names of the page's
 * 责任编辑 (editor), 美编 (designer) and 校对 (proofreader). An error here is the worst class of error
 * (NEWSROOM.md "Pages"), so every field is explicit text the desk checks.
 */
public record PageHeader(String date, String issueNumber, String pageLabel, String pageName,
                         String editor, String designer, String proofreader) {
    public PageHeader {
        date = nz(date);
        issueNumber = nz(issueNumber);
        pageLabel = nz(pageLabel);
        pageName = nz(pageName);
        editor = nz(editor);
        designer = nz(designer);
        proofreader = nz(proofreader);
    }

    public static PageHeader empty() {
        return new PageHeader("", "", "", "", "", "", "");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
