package org.aicnet.server.resources;

import org.aicnet.server.backend.ResourceShape;
import org.aicnet.server.backend.Shapes;
import org.aicnet.server.config.CpuConfig;
import org.aicnet.server.config.MemoryConfig;
import org.aicnet.server.config.ProcessorConfig;

import java.util.List;

/** The response body of GET /resource/idle (A.15-A.18). */
public final class IdleResponses {

    private IdleResponses() {
    }

    /** A.18: resources as the data types of 6.3 describe them. */
    public record Resources(CpuConfig cpu, MemoryConfig memory, ProcessorConfig processor) {

        static Resources of(ResourceShape shape) {
            return new Resources(Shapes.cpu(shape), Shapes.memory(shape), Shapes.processor(shape));
        }
    }

    /** A.17: {@code nodeCount} nodes with these free resources; the count is a decimal string (reading). */
    public record NodeResource(Resources resourceSpec, String nodeCount) {
    }

    /** A.16. */
    public record CenterResource(String centerId, Resources totalResource, Resources idleResource,
                                 List<NodeResource> nodeResources) {
    }

    /** A.15. */
    public record IdleResources(List<CenterResource> centerResources) {
    }
}
