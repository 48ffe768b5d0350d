#pragma once
// The seed's report template (total_requests, success_rate "99.5%", avg_response_time "125ms", errors by class),
// alone or as the "summary" object of a document: figures only, no samples.

#include "ImportBuilder.h"

namespace ls {

// On success sets result.report (and warnings, missingMetrics); on failure records the error in input.
void importSeedTemplate(ImportInput &input, ImportResult &result);

} // namespace ls
