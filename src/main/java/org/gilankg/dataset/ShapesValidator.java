package org.gilankg.dataset;

import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.FmtUtils;
import org.gilankg.GilanKgException;

/** Validates the union of a dataset's graphs against the SHACL shapes, with Jena SHACL. */
public final class ShapesValidator {

    private final Shapes shapes;
    private final String shapesSource;

    public ShapesValidator(Graph shapesGraph, String shapesSource) {
        this.shapes = Shapes.parse(shapesGraph);
        this.shapesSource = shapesSource;
    }

    /** Throws with a readable report (the first violations, one a line) when the data does not conform. */
    public void validate(DatasetGraph dataset) {
        ValidationReport report = ShaclValidator.get().validate(shapes, dataset.getUnionGraph());
        if (report.conforms()) {
            return;
        }
        String entries = report.getEntries().stream().limit(10).map(ShapesValidator::describe)
                .collect(Collectors.joining("; "));
        throw new GilanKgException(shapesSource + ": " + report.getEntries().size()
                + " shape violation(s): " + entries);
    }

    private static String describe(ReportEntry e) {
        return FmtUtils.stringForNode(e.focusNode()) + (e.resultPath() == null ? "" : " " + e.resultPath())
                + ": " + e.message();
    }
}
