package org.aicnet.server.idle;

import java.util.List;

/** A.16. */
record CenterResource(String centerId, ResourceAmount totalResource, ResourceAmount idleResource,
                      List<NodeResource> nodeResources) {
}
