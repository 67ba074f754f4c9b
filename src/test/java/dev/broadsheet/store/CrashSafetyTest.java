package dev.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.broadsheet.model.Issue;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 2's crash test: a separate JVM saves an issue in a loop and is killed with SIGKILL
 * ({@link Process#destroyForcibly()}) at a random moment after its first save, 200 times, one JVM per kill.
 * Every time,
 * issue.json must load, and hold either the last version the victim reported saved or the one after it
 * (a save may finish its rename just before the kill, without time to report it).
 */
class CrashSafetyTest {
    private static final int KILLS = Integer.getInteger("broadsheet.crashKills", 200);
    private static final long SEED = Long.getLong("broadsheet.crashSeed", 20260501L);

    /** Kills run in a few lanes, each on its own issue folder, so that one victim's start overlaps another's disk waits. */
    private static final int LANES = 4;

    @Test
    void issueJsonAlwaysLoadsAsTheOldOrTheNewVersionAfterAKill(@TempDir Path work) throws Exception {
        List<String> jvm = jvmCommand(work);
        long started = System.nanoTime();
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        List<Future<LaneResult>> results = new ArrayList<>();
        for (int lane = 0; lane < LANES; lane++) {
            Path dir = work.resolve("issue-" + lane);
            Random random = new Random(SEED + lane);
            int kills = KILLS / LANES + (lane < KILLS % LANES ? 1 : 0);
            results.add(lanes.submit(() -> runLane(jvm, dir, random, kills)));
        }
        lanes.shutdown();
        int midSave = 0;
        int total = 0;
        for (Future<LaneResult> result : results) {
            try {
                LaneResult r = result.get(30, TimeUnit.MINUTES);
                midSave += r.midSave();
                total += r.kills();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof AssertionError a ? a : new AssertionError(e.getCause());
            }
        }
        System.out.printf("CrashSafetyTest: %d kills (one JVM each) in %.1f s; %d left a temporary file behind (killed mid-save)%n",
                total, (System.nanoTime() - started) / 1e9, midSave);
        assertThat(total).isEqualTo(KILLS);
    }

    record LaneResult(int kills, int midSave) {
    }

    private static LaneResult runLane(List<String> jvm, Path dir, Random random, int kills) throws Exception {
        IssueStore store = new IssueStore();
        store.save(dir, CrashingSaver.version(TestIssues.small(), 1));
        int midSave = 0;
        for (int kill = 0; kill < kills; kill++) {
            long before = store.load(dir).revision();
            Path progress = dir.resolveSibling(dir.getFileName() + "-progress-" + kill + ".txt");
            List<String> command = new ArrayList<>(jvm);
            command.add(dir.toString());
            command.add(progress.toString());
            Process victim = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (lastSaved(progress) < 0) { // until its first save
                if (!victim.isAlive() || System.nanoTime() > deadline) {
                    victim.destroyForcibly();
                    fail("the victim JVM did not save within 120 s (exit " + (victim.isAlive() ? "-" : victim.exitValue()) + ")");
                }
                Thread.sleep(2);
            }
            Thread.sleep(random.nextInt(40)); // a random moment among its next saves
            victim.destroyForcibly();
            assertThat(victim.waitFor(120, TimeUnit.SECONDS)).as("the victim died").isTrue();

            if (Files.exists(dir.resolve("issue.json.tmp")) || Files.exists(dir.resolve("issue.json.bak.tmp"))) {
                midSave++;
            }
            Issue after;
            try {
                after = store.load(dir);
            } catch (IssueLoadException e) {
                throw new AssertionError(dir + " kill " + kill + " (seed " + SEED + ") left an issue that does not load: "
                        + e.getMessage(), e);
            }
            long reported = lastSaved(progress);
            assertThat(reported).as("%s kill %d: the victim saved", dir, kill).isGreaterThan(before);
            assertThat(after.revision()).as("%s kill %d: revision after the kill", dir, kill).isBetween(reported, reported + 1);
            assertThat(after.masthead()).as("%s kill %d: content of revision %d", dir, kill, after.revision())
                    .isEqualTo(CrashingSaver.mastheadOf(after.revision()));
            assertThat(after).isEqualTo(CrashingSaver.version(after, after.revision()));
        }
        return new LaneResult(kills, midSave);
    }

    /** The last revision the victim reported saved, or -1 before its first save. */
    private static long lastSaved(Path progress) throws IOException {
        if (!Files.exists(progress)) {
            return -1;
        }
        long last = -1;
        for (String line : Files.readAllLines(progress, StandardCharsets.US_ASCII)) {
            if (line.startsWith("saved ")) {
                last = Long.parseLong(line.substring(6));
            }
        }
        return last;
    }

    /**
     * {@code java -cp <test class path> … CrashingSaver}, kept quick to start: client compiler only, serial GC,
     * and a class-data archive (AppCDS) recorded once by a victim that exits normally. CDS refuses class-path
     * directories, so the class files of target/classes and target/test-classes are put in one jar first.
     * Without the archive (if the JVM cannot make one) the test still runs, only slower.
     */
    private static List<String> jvmCommand(Path work) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path classesJar = work.resolve("victim-classes.jar");
        List<String> classPath = new ArrayList<>();
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(classesJar))) {
            boolean jarred = false;
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path path = Path.of(entry);
                if (Files.isDirectory(path)) {
                    addClassFiles(jar, path);
                    if (!jarred) {
                        classPath.add(classesJar.toString());
                        jarred = true;
                    }
                } else {
                    classPath.add(entry);
                }
            }
        }
        List<String> base = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                "-XX:-UsePerfData", "-Dfile.encoding=UTF-8", "-cp", String.join(File.pathSeparator, classPath)));
        Path archive = work.resolve("victim.jsa");
        Path warmup = work.resolve("warmup");
        new IssueStore().save(warmup, CrashingSaver.version(TestIssues.small(), 1));
        List<String> record = new ArrayList<>(base);
        record.add(1, "-XX:ArchiveClassesAtExit=" + archive);
        record.addAll(List.of(CrashingSaver.class.getName(), warmup.toString(), work.resolve("warmup.txt").toString(),
                "--saves", "3"));
        Process p = new ProcessBuilder(record).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean ok = p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.isRegularFile(archive);
        if (ok) {
            base.add(1, "-XX:SharedArchiveFile=" + archive);
        }
        base.add(CrashingSaver.class.getName());
        return base;
    }

    private static void addClassFiles(JarOutputStream jar, Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(f -> f.toString().endsWith(".class")).sorted().toList();
        }
        for (Path file : files) {
            String name = root.relativize(file).toString().replace(File.separatorChar, '/');
            try {
                jar.putNextEntry(new JarEntry(name));
            } catch (java.util.zip.ZipException duplicate) {
                continue; // the same class in main and test output: the first on the class path wins, as for java -cp
            }
            Files.copy(file, jar);
            jar.closeEntry();
        }
    }
}
