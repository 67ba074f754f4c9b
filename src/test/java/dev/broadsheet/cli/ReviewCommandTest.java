package dev.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Anchor;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Mark;
import dev.broadsheet.model.MarkKind;
import dev.broadsheet.model.MarkState;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.PagePreset;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Review;
import dev.broadsheet.model.Role;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import dev.broadsheet.model.User;
import dev.broadsheet.review.BaseSnapshots;
import dev.broadsheet.review.MarkDecisions;
import dev.broadsheet.review.ReviewFiles;
import dev.broadsheet.review.TextAnchors;
import dev.broadsheet.store.IssueStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReviewCommandTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private static final User A = new User("李校对", Role.PROOFREADER);
    private static final User B = new User("王校对", Role.PROOFREADER);
    private static final User EDITOR = new User("张编辑", Role.LAYOUT_EDITOR);

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new BroadsheetCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Issue issue(String... paragraphs) {
        Story story = new Story("s1", "污水处理", null, null, null,
                List.of(new StorySection(null, List.of(paragraphs).stream().map(Paragraph::of).toList())));
        return new Issue("高新时报", LocalDate.of(2026, 11, 27), "1", "", List.of(), null,
                List.of(Page.blank(1, PagePreset.A4)), List.of(story), List.of(), 0);
    }

    @Test
    void listPrintsEveryMarkWithAnchorAuthorAndStatus() throws IOException {
        Issue proofed = new IssueStore().create(dir, issue("据介绍，新厂采用膜生物反应器工艺。", "下一步将继续推进管网建设。"));
        BaseSnapshots.save(dir, proofed);
        Review a = Review.start(A, proofed.revision(), T0);
        a = a.withMark(Mark.correction(a.nextMarkId(), MarkKind.REPLACE, TextAnchors.of(proofed, "s1", 0, 0, 8, 14),
                A.name(), T0, "MBR", "用缩写"));
        Review b = Review.start(B, proofed.revision(), T0);
        b = b.withMark(Mark.correction(b.nextMarkId(), MarkKind.DELETE, TextAnchors.of(proofed, "s1", 0, 1, 6, 8),
                B.name(), T0.plusSeconds(1), "", ""));
        b = b.withMark(Mark.comment(b.nextMarkId(), new Anchor.PointAnchor(1, Length.mm(20), Length.mm(15)), B.name(),
                T0.plusSeconds(2), "报眉日期错"));
        ReviewFiles.write(dir, a, A);
        ReviewFiles.write(dir, b, B);
        ReviewFiles.write(dir, MarkDecisions.reply(MarkDecisions.decide(Review.start(EDITOR, proofed.revision(), T0),
                "王校对-2", MarkState.RESOLVED, "已改", T0.plusSeconds(60)), "王校对-1", "再看看", T0.plusSeconds(61)), EDITOR);
        // The editor rewrote the first paragraph since: 李校对's mark must be flagged, not lost.
        new IssueStore().save(dir, issue("新厂采用先进的生化处理工艺。", "下一步将继续推进管网建设。").withRevision(proofed.revision()));

        Run r = run("review", "list", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("李校对 (校对), against revision 1, 1 mark")
                .contains("王校对 (校对), against revision 1, 2 marks")
                .contains("张编辑 (版面编辑), against revision 1, 0 marks");
        assertThat(r.out().lines().filter(l -> l.startsWith("李校对-1"))).singleElement().asString()
                .contains("改正  待处理  李校对  story s1 §0 ¶0 [8,14) “膜生物反应器” → “MBR”")
                .contains("NEEDS ATTENTION").contains("rewritten");
        assertThat(r.out().lines().filter(l -> l.startsWith("王校对-1"))).singleElement().asString()
                .contains("删除  待处理  王校对  story s1 §0 ¶1 [6,8) “推进”").contains("(1 reply)");
        assertThat(r.out().lines().filter(l -> l.startsWith("王校对-2"))).singleElement().asString()
                .contains("批注  已解决  王校对  page 1 at 20mm, 15mm  报眉日期错  (1 reply)");
        assertThat(r.out()).contains("issue revision 2").contains("3 marks, 2 open, 1 needing attention");

        assertThat(run("review", "list", "--open", dir.toString()).out()).doesNotContain("王校对-2").contains("2 marks, 2 open");

        Path pdf = dir.resolve("proof.pdf");
        Run proof = run("review", "proof", dir.toString(), pdf.toString(), "--since", "1");
        assertThat(proof.code()).isZero();
        assertThat(proof.out()).contains("3 marks").contains("changes since revision 1 flagged");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getAnnotations()).extracting(annotation -> annotation.getAnnotationName()).contains("王校对-2");
        }
    }

    @Test
    void aReviewFileInTheDocumentedFormatIsRead() throws IOException {
        new IssueStore().create(dir, issue("据介绍，新厂采用膜生物反应器工艺。"));
        Files.createDirectories(dir.resolve("reviews"));
        try (InputStream in = getClass().getResourceAsStream("/review/李校对.json")) {
            Files.copy(in, dir.resolve("reviews/李校对.json"));
        }
        Run r = run("review", "list", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("李校对-1  改正  待处理  李校对  story s1 §0 ¶0 [8,14) “膜生物反应器” → “MBR”");
    }

    @Test
    void aMissingIssueFolderIsAClearErrorAndABadPackageIsRefused() throws IOException {
        Run missing = run("review", "list", dir.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("nope");
        Path notZip = Files.writeString(dir.resolve("x.zip"), "not a zip");
        Run refused = run("review", "open", notZip.toString(), dir.resolve("out").toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("x.zip refused").contains("nothing was written");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void statusShowsStagesWhoAndWhenOverridesAndChangesAfterSignOff() throws IOException {
        java.time.Clock clock = java.time.Clock.fixed(T0, java.time.ZoneOffset.UTC);
        dev.broadsheet.review.Workflow workflow = new dev.broadsheet.review.Workflow(clock);
        User duty = new User("赵总编", Role.DUTY_EDITOR);
        Issue issue = issue("据介绍，新厂采用膜生物反应器工艺。");
        // The story placed on page 1, so its text changes show on that page.
        issue = issue.withPage(issue.page(1).orElseThrow().withFrames(List.of(new dev.broadsheet.model.Frame("f1", 0, 2,
                        Length.mm(30), Length.mm(100), 0, Length.mm(4), new dev.broadsheet.model.FrameContent.StoryText("s1", 0, null, null))))
                .withStatus(new dev.broadsheet.model.Status(dev.broadsheet.model.Stage.LAID_OUT, List.of())));
        issue = workflow.advancePage(issue, 1, dev.broadsheet.model.Stage.PROOF_1, A);
        issue = workflow.checkPage(issue, 1, A, List.of());
        Issue saved = new IssueStore().create(dir, issue);
        dev.broadsheet.review.ProofDesk desk = new dev.broadsheet.review.ProofDesk(dir, duty, clock);
        Issue signed = new IssueStore().save(dir, desk.signOff(saved, 1));

        Run clean = run("review", "status", dir.toString());
        assertThat(clean.code()).isZero();
        assertThat(clean.out()).contains("page 1   签发 (赵总编 值班总编, 2026-11-26T10:00:00Z)  0 open marks")
                .doesNotContain("CHANGED AFTER SIGN-OFF");

        Issue changed = signed.withStory(signed.story("s1").orElseThrow().withSections(List.of(new StorySection(null,
                List.of(Paragraph.of("据介绍，新厂采用MBR工艺。"))))));
        changed = workflow.overridePrint(changed, 1, EDITOR, "总编电话同意");
        new IssueStore().save(dir, changed);
        Run flagged = run("review", "status", dir.toString());
        assertThat(flagged.out()).contains("print override by 张编辑").contains("总编电话同意")
                .contains("CHANGED AFTER SIGN-OFF (revision 1): 1 text change(s)");
    }
}
