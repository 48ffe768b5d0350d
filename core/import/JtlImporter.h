#pragma once
// JMeter's results (JTL): CSV with a header line (any subset and order of columns) and XML (<testResults>).
// Both stream the file; each top-level sample is one request.

#include "ImportBuilder.h"

namespace ls {

// On success sets result.report (and warnings); on failure records the error in input.
void importJtlCsv(ImportInput &input, ImportResult &result);
void importJtlXml(ImportInput &input, ImportResult &result);

} // namespace ls
