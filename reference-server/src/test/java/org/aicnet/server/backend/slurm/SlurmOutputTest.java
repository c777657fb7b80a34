package org.aicnet.server.backend.slurm;

import org.aicnet.server.backend.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The parsers, on what Slurm 22.05's commands printed on the test cluster (src/test/resources/slurm). */
class SlurmOutputTest {

    @Test
    void sbatchPrintsTheJobIdAndPerhapsTheCluster() {
        assertEquals("7", SlurmOutput.jobId(Fixtures.text("slurm/sbatch-parsable.txt")));
        assertEquals("1234", SlurmOutput.jobId("1234;cluster-b\n"));
        assertThrows(IllegalArgumentException.class, () -> SlurmOutput.jobId("sbatch: error: no partition\n"));
    }

    @Test
    void squeueGivesStateAndReasonByJob() {
        Map<String, JobRecord> jobs = SlurmOutput.squeue(Fixtures.text("slurm/squeue-mixed.txt"));
        assertEquals(List.of("8", "6", "7", "9", "5"), List.copyOf(jobs.keySet()));
        assertEquals(new JobRecord("8", "CANCELLED", null, null, "squeue"), jobs.get("8"));
        assertEquals(new JobRecord("6", "COMPLETED", null, null, "squeue"), jobs.get("6"));
        assertEquals(new JobRecord("7", "FAILED", "NonZeroExitCode", null, "squeue"), jobs.get("7"));
        assertEquals(new JobRecord("9", "PENDING", "Resources", null, "squeue"), jobs.get("9"));
        assertEquals(new JobRecord("5", "RUNNING", null, null, "squeue"), jobs.get("5"));
        Map<String, JobRecord> waiting = SlurmOutput.squeue(Fixtures.text("slurm/squeue.txt"));
        assertEquals("PartitionConfig", waiting.get("10").reason(), "the job that asked for two nodes of one");
    }

    @Test
    void scontrolShowsTheExitCodeOfAnEndedJob() {
        JobRecord failed = SlurmOutput.keyValueJobs(List.of(Fixtures.text("slurm/scontrol-show-job-failed.txt")),
                Set.of("11"), "scontrol").get("11");
        assertEquals(new JobRecord("11", "FAILED", "NonZeroExitCode", "3:0", "scontrol"), failed);
        JobRecord cancelled = SlurmOutput.keyValueJobs(
                List.of(Fixtures.text("slurm/scontrol-show-job-cancelled.txt")), null, "scontrol").get("7");
        assertEquals(new JobRecord("7", "CANCELLED", null, "0:15", "scontrol"), cancelled);
    }

    @Test
    void keysMayHoldSlashesAndColonsAndValuesSpaces() {
        Map<String, String> values = SlurmOutput.keyValues(Fixtures.text("slurm/scontrol-show-job-failed.txt"));
        assertEquals("localhost:5531", values.get("AllocNode:Sid"));
        assertEquals("1", values.get("CPUs/Task"));
        assertEquals("cpu=1,mem=1G,node=1,billing=1", values.get("TRES"));
        assertEquals("/tmp/sl/b.log", values.get("StdOut"));
        assertEquals("", values.get("Power"));
        assertEquals("Linux 6.1 #1 SMP PREEMPT", SlurmOutput.keyValues("NodeName=n1 OS=Linux 6.1 #1 SMP PREEMPT "
                + "RealMemory=1").get("OS"));
    }

    @Test
    void theCompletionLogHasEveryEndedJobWithItsStateAndExitCode() {
        List<String> lines = Fixtures.text("slurm/jobcomp.log").lines().toList();
        Map<String, JobRecord> all = SlurmOutput.keyValueJobs(lines, null, "the job completion log");
        assertEquals(11, all.size());
        Map<String, JobRecord> wanted = SlurmOutput.keyValueJobs(lines, Set.of("7", "8", "9", "10", "42"), "log");
        assertEquals(Set.of("7", "8", "9", "10"), wanted.keySet());
        assertEquals(new JobRecord("8", "FAILED", null, "3:0", "log"), wanted.get("8"));
        assertEquals(new JobRecord("9", "COMPLETED", null, "0:0", "log"), wanted.get("9"));
        assertEquals(new JobRecord("7", "CANCELLED", null, "0:0", "log"), wanted.get("7"));
        assertEquals("CANCELLED", wanted.get("10").state(), "cancelled while pending");
    }

    @Test
    void aRequeuedJobCountsByItsLastRecord() {
        Map<String, JobRecord> jobs = SlurmOutput.keyValueJobs(List.of(
                "JobId=5 UserId=u(1) Name=x JobState=NODE_FAIL Partition=p ExitCode=0:0",
                "JobId=5 UserId=u(1) Name=x JobState=COMPLETED Partition=p ExitCode=0:0"), Set.of("5"), "log");
        assertEquals("COMPLETED", jobs.get("5").state());
    }

    @Test
    void theConfigurationSaysWhereFinishedJobsAreKept() {
        Map<String, String> config = SlurmOutput.config(Fixtures.text("slurm/scontrol-show-config.txt"));
        assertEquals("accounting_storage/none", config.get("AccountingStorageType"));
        assertEquals("jobcomp/filetxt", config.get("JobCompType"));
        assertEquals("/tmp/aicnet-slurm/jobcomp.log", config.get("JobCompLoc"));
        assertEquals("5 sec", config.get("MinJobAge"));
        assertEquals("22.05.8", config.get("SLURM_VERSION"));
    }

    @Test
    void sacctGivesStateAndExitCodeAndSaysWhoCancelled() {
        // sacct --noheader --parsable2 --allocations --format=JobIDRaw,State,ExitCode on a cluster with slurmdbd
        // (the test cluster has no accounting database, so this output is written down, not captured)
        Map<String, JobRecord> jobs = SlurmOutput.sacct("""
                1001|COMPLETED|0:0
                1002|FAILED|3:0
                1003|CANCELLED by 1000|0:15
                1004|TIMEOUT|0:0
                """);
        assertEquals(new JobRecord("1002", "FAILED", null, "3:0", "sacct"), jobs.get("1002"));
        assertEquals(new JobRecord("1003", "CANCELLED", null, "0:15", "sacct"), jobs.get("1003"));
        assertEquals(4, jobs.size());
    }
}
