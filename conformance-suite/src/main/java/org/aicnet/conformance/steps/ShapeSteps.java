package org.aicnet.conformance.steps;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Then;
import org.aicnet.conformance.check.World;
import org.aicnet.conformance.platform.ErrorBody;
import org.aicnet.conformance.platform.Expect;
import org.aicnet.schemas.TableSchemas;

/** Checks of the shape of the last answer against the schemas of the standard's tables. */
public final class ShapeSteps {

    private final World world;

    public ShapeSteps(World world) {
        this.world = world;
    }

    /** A response table of annex A, or B.1 for the error body: "A.7". */
    @ParameterType(name = "table", value = TableSchemas.TABLES)
    public String table(String table) {
        return table;
    }

    @Then("the answer has the shape of table {table}")
    public void theAnswerHasTheShapeOfTable(String table) {
        if (table.equals("B.1")) {
            ErrorBody.check(world.response(), world.config().errorCodePointer());
        } else {
            Expect.schema(world.response(), TableSchemas.responseOf(table));
        }
    }
}
