package org.aicnet.server.capacity;

import org.aicnet.server.backend.ResourceShape;

/** A node as it stands: all it has and what of it is free. */
public record NodeView(ResourceShape total, ResourceShape free) {
}
