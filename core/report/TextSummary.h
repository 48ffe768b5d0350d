#pragma once
// Plain-text renderings of a report for terminals and logs.

#include "Report.h"

#include <QString>

namespace ls {

// One block per phase: load, requests, success rate, throughput, latency percentiles, errors by class,
// and each target with goal, critical, actual and verdict; then the run's verdict.
QString formatSummaryTable(const RunReport &report);
// "1h 23m", "5m 00s", "42s"
QString formatDuration(double seconds);
// "10 users" or "300 req/s (max 100 users)"
QString describeLoad(const Phase &phase);

} // namespace ls
