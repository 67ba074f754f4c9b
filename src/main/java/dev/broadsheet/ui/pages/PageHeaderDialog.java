package dev.broadsheet.ui.pages;

import dev.broadsheet.model.PageHeader;
import dev.broadsheet.ui.Messages;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The 报眉 dialog: date, issue number, page label and name, 责任编辑 / 美编 / 校对. Every field is plain text
 * the desk checks (an error in the header is the worst class of error, NEWSROOM.md "Pages").
 */
public final class PageHeaderDialog extends Dialog<PageHeader> {

    public PageHeaderDialog(PageHeader header, Messages m) {
        setTitle(m.get("dialog.pageHeader.title"));
        TextField date = field("headerDate", header.date());
        TextField issue = field("headerIssueNumber", header.issueNumber());
        TextField label = field("headerPageLabel", header.pageLabel());
        TextField name = field("headerPageName", header.pageName());
        TextField editor = field("headerEditor", header.editor());
        TextField designer = field("headerDesigner", header.designer());
        TextField proofreader = field("headerProofreader", header.proofreader());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        String[] keys = {"header.date", "header.issueNumber", "header.pageLabel", "header.pageName", "header.editor",
                "header.designer", "header.proofreader"};
        TextField[] fields = {date, issue, label, name, editor, designer, proofreader};
        for (int i = 0; i < keys.length; i++) {
            grid.add(new Label(m.get(keys[i])), 0, i);
            grid.add(fields[i], 1, i);
        }
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button == ButtonType.OK
                ? new PageHeader(date.getText(), issue.getText(), label.getText(), name.getText(), editor.getText(),
                        designer.getText(), proofreader.getText())
                : null);
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(24);
        return f;
    }
}
