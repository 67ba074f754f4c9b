package dev.broadsheet.ui.files;

import dev.broadsheet.model.Issue;
import java.nio.file.Path;

/** Turns a text file into stories and photos (the importer), with a report of what it decided and doubted. */
public interface IssueImporter {

    ImportResult importFile(Path file) throws Exception;

    /** The imported issue (stories and photos, pages as the importer made them) and its report for the user. */
    record ImportResult(Issue issue, String report) {
    }
}
