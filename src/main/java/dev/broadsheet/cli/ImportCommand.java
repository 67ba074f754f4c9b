package dev.broadsheet.cli;

import dev.broadsheet.importer.ImportException;
import dev.broadsheet.importer.ImportResult;
import dev.broadsheet.importer.TextDecoder;
import dev.broadsheet.importer.TextImporter;
import dev.broadsheet.store.IssueStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code broadsheet import FILE [-o ISSUE_DIR] [--encoding X] [--force]}: reads copy (text extracted from a
 * printed page, or plain text), prints what it recognised and what needs a look, and with {@code -o} writes a
 * new issue folder. The folder is written whole into a temporary sibling and renamed into place, so a failed
 * import never leaves a partly written issue; an existing issue is replaced only with {@code --force}.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import copy — text extracted from a printed page, or plain text — into a new issue.",
                "Prints what was recognised and what needs a look; writes the issue folder with -o."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported", "1:the input was refused or the folder could not be written", "2:wrong usage"})
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the text file to import (UTF-8, UTF-16 or GB18030/GBK)")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "ISSUE_DIR", description = "write the issue into this new folder")
    Path output;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "the file's encoding, when detection guesses wrong (e.g. GBK)")
    String encoding;

    @Option(names = "--force", description = "replace ISSUE_DIR when it already holds an issue")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportResult result;
        try {
            Charset charset = encoding == null ? null : TextDecoder.charsetNamed(encoding);
            result = TextImporter.importFile(file, charset);
        } catch (ImportException e) {
            err.println("broadsheet import: " + e.getMessage());
            return 1;
        }
        out.print(result.report().toText());
        if (output == null) {
            out.println("No issue written (give -o ISSUE_DIR to write one).");
            out.flush();
            return 0;
        }
        try {
            Path target = output.toAbsolutePath().normalize();
            writeWhole(target, result);
            out.println("Wrote issue folder " + target);
            out.flush();
            return 0;
        } catch (RefusedException e) {
            err.println("broadsheet import: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("broadsheet import: could not write " + output + ": " + e.getMessage() + " (nothing was written)");
            return 1;
        }
    }

    private static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    private void writeWhole(Path target, ImportResult result) throws IOException, RefusedException {
        boolean replacing = Files.exists(target);
        if (replacing) {
            if (!Files.isDirectory(target)) {
                throw new RefusedException(target + " exists and is not a folder");
            }
            boolean isIssue = Files.exists(IssueStore.issueFile(target));
            if (!isIssue && !isEmptyFolder(target)) {
                throw new RefusedException(target + " is a folder that holds other files, not an issue: choose a new folder");
            }
            if (isIssue && !force) {
                throw new RefusedException(target + " already holds an issue; use --force to replace it");
            }
        }
        Path parent = target.getParent();
        if (parent == null) {
            throw new RefusedException("cannot write an issue at " + target);
        }
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        Path temporary = parent.resolve("." + name + ".importing-" + UUID.randomUUID());
        try {
            new IssueStore().create(temporary, result.issue());
            if (!replacing) {
                move(temporary, target);
                return;
            }
            Path previous = parent.resolve("." + name + ".replaced-" + UUID.randomUUID());
            move(target, previous);
            try {
                move(temporary, target);
            } catch (IOException e) {
                move(previous, target);
                throw e;
            }
            deleteTree(previous);
        } finally {
            deleteTree(temporary);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
