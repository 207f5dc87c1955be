"""Schemathesis hooks for .ci/fuzz-api: checks what schemathesis cannot check alone.

The two streamed reports answer NDJSON (one JSON object per line), which schemathesis
does not parse; here every line of such an answer must match the row schema the
document gives, and no line may be the error line that ends a stream which failed
after it began (the streamed form of a 5xx).
"""

import json

import jsonschema
import schemathesis


@schemathesis.check
def ndjson_rows_match_the_document(ctx, response, case):
    content_type = ",".join(response.headers.get("content-type", []))
    if response.status_code != 200 or "application/x-ndjson" not in content_type:
        return None
    document = case.operation.schema.raw_schema
    operation = document["paths"][case.operation.path][case.operation.method.lower()]
    row_schema = operation["responses"]["200"]["content"]["application/x-ndjson"]["schema"]
    # The row schema refers to the document's components: validate against both.
    validator = jsonschema.Draft202012Validator({**row_schema, "components": document["components"]})
    for number, line in enumerate(response.content.decode("utf-8").splitlines(), start=1):
        if not line:
            continue
        row = json.loads(line)
        # A report stream that ends in an error line failed after it began (the
        # streamed form of a 5xx); an import's answer may end in one (a refused sync),
        # as its document says.
        if "/imports/" not in case.operation.path:
            assert "error" not in row, f"line {number}: the stream ended with an error: {line}"
        errors = sorted(validator.iter_errors(row), key=str)
        assert not errors, f"line {number} does not match the row schema: {errors[0].message}\n{line}"
    return True
