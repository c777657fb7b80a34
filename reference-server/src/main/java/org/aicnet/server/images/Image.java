package org.aicnet.server.images;

import org.aicnet.server.config.ImageConfig;

import java.util.List;

/** A.22: one image. */
record Image(String imageId, String imageName, String imageDesc, String arch, String processor,
             String operationSystem, String framework, String createTime, List<String> installedLib) {

    static Image of(ImageConfig image) {
        return new Image(image.id(), image.name(), image.desc(), image.arch(), image.processor(),
                image.operationSystem(), image.framework(), image.createTime(), image.installedLib());
    }
}
