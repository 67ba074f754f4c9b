package dev.broadsheet.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.broadsheet.edit.EditCommand;
import dev.broadsheet.ui.Messages;
import dev.broadsheet.ui.UiFixtures;
import dev.broadsheet.ui.UiFixtures.ScriptedComposer;
import dev.broadsheet.ui.document.CommandName;
import dev.broadsheet.ui.document.DocumentViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Edit menu names the edit Undo and Redo would take back or make again, in both languages. */
class UndoLabelsTest {
    private final Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final Messages en = new Messages(Locale.ENGLISH);

    @Test
    void undoAndRedoNameTheEditAndArePlainWhenThereIsNone() {
        CommandName move = new CommandName("command.moveFrame.one", "Move frame");
        assertThat(new UndoLabels(zh).undo(move)).isEqualTo("撤销 移动框架(_U)");
        assertThat(new UndoLabels(en).undo(move)).isEqualTo("_Undo Move frame");
        assertThat(new UndoLabels(en).redoTooltip(move)).isEqualTo("Redo Move frame");
        assertThat(new UndoLabels(zh).undoTooltip(null)).isEqualTo("撤销(U)");
        assertThat(new UndoLabels(en).undo(null)).isEqualTo("_Undo");
    }

    @Test
    void anEditWithoutATranslatedNameShowsItsEnglishName() {
        assertThat(new UndoLabels(zh).undo(new CommandName("command.notInTheBundle", "Straighten rules")))
                .isEqualTo("撤销 Straighten rules(_U)");
    }

    @Test
    void theDocumentFollowsTheHistoryWithTheNameOfTheNextUndoAndRedo() {
        DocumentViewModel document = UiFixtures.openDocument(UiFixtures.sampleWithExtraStory(), new ScriptedComposer());
        assertThat(document.undoNameProperty().get()).isNull();
        document.edits().editHeadline("s1", null, "新的主题", null);
        assertThat(document.undoNameProperty().get()).isEqualTo(new CommandName("command.editHeadline", "Edit headline"));
        assertThat(new UndoLabels(zh).undo(document.undoNameProperty().get())).isEqualTo("撤销 修改标题(_U)");
        document.undo();
        assertThat(document.undoNameProperty().get()).isNull();
        assertThat(document.redoNameProperty().get().key()).isEqualTo("command.editHeadline");
    }

    /**
     * Every command of the edit package has its name in both bundles: the default key is {@code command.} and the
     * class name without {@code Command} (EditCommand#nameKey); commands that count frames answer .one/.several.
     */
    @Test
    void everyCommandOfTheEditPackageHasANameInBothLanguages() {
        List<String> missing = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.broadsheet.edit")) {
            if (!c.isAssignableTo(EditCommand.class) || c.isInterface() || c.getModifiers().contains(JavaModifier.ABSTRACT)
                    || c.isAnonymousClass()) {
                continue;
            }
            String stem = c.getSimpleName().replaceFirst("Command$", "");
            String base = "command." + Character.toLowerCase(stem.charAt(0)) + stem.substring(1);
            boolean counts = c.getMethods().stream().anyMatch(m -> m.getName().equals("nameKey") && m.getOwner().equals(c));
            List<String> keys = counts ? List.of(base + ".one", base + ".several") : List.of(base);
            for (String key : keys) {
                checked.add(key);
                for (Messages m : List.of(zh, en)) {
                    if (!m.has(key)) {
                        missing.add(m.locale() + " " + key + " (" + c.getSimpleName() + ")");
                    }
                }
            }
        }
        assertThat(checked).as("the scan found the commands").contains("command.moveFrame.one", "command.editPhotoTexts",
                "command.replaceIssue", "command.placeStory");
        assertThat(missing).isEmpty();
    }
}
