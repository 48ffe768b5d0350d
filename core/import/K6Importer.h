#pragma once
// k6's results: the JSON lines of `--out json=FILE` (http_req_duration points are requests, vus points the
// active users) and the end-of-test summary of `--summary-export` (figures only, no samples).

#include "ImportBuilder.h"

namespace ls {

// On success sets result.report (and warnings, missingMetrics); on failure records the error in input.
void importK6JsonLines(ImportInput &input, ImportResult &result);
void importK6Summary(ImportInput &input, ImportResult &result);

// "FILE:LINE: not valid JSON: ..." from nlohmann's exception. lineOffset is added to the line it names (the line of
// a JSON line minus 1); -1 for a whole document, whose errors without a line name only the file.
QString jsonSyntaxError(const ImportInput &input, const char *what, int lineOffset);

} // namespace ls
