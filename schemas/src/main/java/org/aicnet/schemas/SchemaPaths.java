package org.aicnet.schemas;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The paths of the schema files below schemas/, one folder per clause ({@code 7.3.1-centers/center.json}), and the
 * file each {@code $ref} names: a reference is relative to the folder of the file that makes it
 * ({@code ../6.3-data-types/cpu.json}), as the file's {@code $id} makes it for a validator.
 */
public final class SchemaPaths {

    private SchemaPaths() {
    }

    /**
     * The path below schemas/ of the file that {@code ref} names when {@code file} (a path below schemas/, or
     * openapi.yaml) makes it; {@code file} itself for a reference of a fragment only ({@code #/$defs/check}).
     */
    public static String fileOf(String file, String ref) {
        String target = withoutFragment(ref);
        if (target.isEmpty()) {
            return file;
        }
        String resolved;
        try {
            resolved = new URI(SchemaCatalog.ID_PREFIX + file).resolve(new URI(target)).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the reference " + ref + " of " + file + " is no relative path", e);
        }
        if (!resolved.startsWith(SchemaCatalog.ID_PREFIX) || !resolved.endsWith(".json")) {
            throw new IllegalArgumentException("the reference " + ref + " of " + file
                    + " names no schema file below schemas/");
        }
        return resolved.substring(SchemaCatalog.ID_PREFIX.length());
    }

    /** The JSON pointer of a reference ({@code /properties/page}); empty where it names a whole file. */
    public static String pointerOf(String ref) {
        int hash = ref.indexOf('#');
        return hash < 0 ? "" : ref.substring(hash + 1);
    }

    /** The file name of a path ({@code center.json} of {@code 7.3.1-centers/center.json}). */
    public static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String withoutFragment(String ref) {
        int hash = ref.indexOf('#');
        return hash < 0 ? ref : ref.substring(0, hash);
    }
}
