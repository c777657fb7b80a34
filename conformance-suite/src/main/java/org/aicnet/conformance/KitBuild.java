package org.aicnet.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What the build wrote into the kit: its version and the version of the Allure command line it renders with. */
public final class KitBuild {

    private static final String RESOURCE = "kit.properties";
    private static final Properties PROPERTIES = load();

    private KitBuild() {
    }

    /** The kit's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return PROPERTIES.getProperty("version");
    }

    /** The version of io.qameta.allure:allure-commandline that the build unpacks beside the jar. */
    public static String allureCommandlineVersion() {
        return PROPERTIES.getProperty("allureCommandlineVersion");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = KitBuild.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + KitBuild.class.getName()
                        + ": the kit was not built by its Maven build");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return properties;
    }
}
