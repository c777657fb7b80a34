package org.aicnet.conformance.steps;

import io.cucumber.java.ParameterType;
import org.aicnet.conformance.check.World;
import org.aicnet.conformance.config.Credentials;
import org.aicnet.conformance.jobs.JobKind;
import org.aicnet.schemas.standard.JobFields;
import org.aicnet.schemas.standard.LogContentTypes;

/** The words of the job features: kinds of job, commands, states, fields of the create body, users, log links. */
public final class JobParameterTypes {

    /** The field "image" stands for both imageId and imageUrl (A.32: one of the two is required). */
    public static final String IMAGE = "image";

    private final World world;

    public JobParameterTypes(World world) {
        this.world = world;
    }

    @ParameterType("training job|online job")
    public JobKind jobKind(String words) {
        return JobKind.named(words);
    }

    @ParameterType("succeeding command|failing command|long command")
    public JobCommand jobCommand(String words) {
        return JobCommand.named(words);
    }

    @ParameterType("SUCCEEDED|FAILED|STOPPED")
    public String endState(String state) {
        return state;
    }

    /** A field of the create body (A.31, A.32), as the features name it. */
    @ParameterType("name|description|config|spec|node count|centers|image id|image url|image|command|port")
    public String jobField(String words) {
        return switch (words) {
            case "name" -> JobFields.JOB_NAME;
            case "description" -> JobFields.JOB_DESC;
            case "config" -> JobFields.CONFIG;
            case "spec" -> JobFields.CONFIG + "." + JobFields.SPEC_ID;
            case "node count" -> JobFields.CONFIG + "." + JobFields.NODE_COUNT;
            case "centers" -> JobFields.CONFIG + "." + JobFields.CENTER_ID;
            case "image id" -> JobFields.CONFIG + "." + JobFields.IMAGE_ID;
            case "image url" -> JobFields.CONFIG + "." + JobFields.IMAGE_URL;
            case "command" -> JobFields.CONFIG + "." + JobFields.COMMAND;
            case "port" -> JobFields.CONFIG + "." + JobFields.PORT;
            default -> IMAGE;
        };
    }

    /** The primary user, or the second one (a SKIP where none is configured). */
    @ParameterType("the user|the second user")
    public Credentials actor(String words) {
        return words.equals("the user") ? world.config().primaryUser() : world.secondUser();
    }

    /** A.47: a preview link (text/plain) or a download link (application/octet-stream). */
    @ParameterType("preview|download")
    public String logLinkKind(String words) {
        return words.equals("preview") ? LogContentTypes.TEXT_PLAIN : LogContentTypes.OCTET_STREAM;
    }
}
