package org.aicnet.server.backend.slurm;

import org.aicnet.server.backend.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** sinfo's nodes: the test cluster's, and the generic resources of GPU clusters. */
class SinfoNodeTest {

    @Test
    void theTestClustersNodeHasItsStandInGpusAndSharesItsCores() {
        assertEquals(List.of(new SinfoNode("localhost", 2, 24105, Map.of("gpu", new SinfoNode.Gres(null, 8)), 8)),
                SinfoNode.parse(Fixtures.text("slurm/sinfo.txt")));
    }

    @Test
    void onlyAForcedOversubscriptionSharesEveryCore() {
        assertEquals(8, SinfoNode.jobsPerCore("FORCE:8"));
        assertEquals(4, SinfoNode.jobsPerCore("FORCE"));
        assertEquals(1, SinfoNode.jobsPerCore("YES:4"));
        assertEquals(1, SinfoNode.jobsPerCore("NO"));
        assertEquals(1, SinfoNode.jobsPerCore("EXCLUSIVE"));
    }

    @Test
    void aNodeInSeveralPartitionsCountsOnce() {
        List<SinfoNode> nodes = SinfoNode.parse("""
                gpu01|64|515000|gpu:a100:8(S:0-1)|NO
                gpu01|64|515000|gpu:a100:8(S:0-1)|FORCE:4
                cpu01|128|257000|(null)|NO
                """);
        assertEquals(List.of("gpu01", "cpu01"), nodes.stream().map(SinfoNode::name).toList());
        assertEquals(new SinfoNode.Gres("a100", 8), nodes.get(0).gres().get("gpu"));
        assertEquals(1, nodes.get(0).jobsPerCore(), "as in its first partition");
    }

    @Test
    void genericResourcesWithAndWithoutTypesAndSockets() {
        assertEquals(Map.of("gpu", new SinfoNode.Gres(null, 4)), SinfoNode.gres("gpu:4"));
        assertEquals(Map.of("gpu", new SinfoNode.Gres(null, 4)), SinfoNode.gres("gpu:4(S:0)"));
        assertEquals(Map.of("gpu", new SinfoNode.Gres("a100", 8), "shard", new SinfoNode.Gres(null, 16)),
                SinfoNode.gres("gpu:a100:8(S:0-1),shard:16"));
        assertEquals(Map.of("gpu", new SinfoNode.Gres("v100", 4)), SinfoNode.gres("gpu:v100:2(S:0),gpu:v100:2(S:1)"));
        assertEquals(Map.of("npu", new SinfoNode.Gres("ascend910", 8)), SinfoNode.gres("npu:ascend910:8"));
        assertEquals(Map.of(), SinfoNode.gres("(null)"));
    }
}
