#pragma once
// A run's results for pipelines and spreadsheets: JUnit XML (one test case per phase target, FAIL as a
// failure, for Jenkins and GitLab), CSV of the per-second timeline and of the per-scenario table, and the
// HdrHistogram interval log (.hlog) for HdrHistogram's own tools.

#include "Report.h"

#include <QByteArray>
#include <QString>

namespace ls {

QByteArray junitXml(const RunReport &report);
// Header line, then one line per second: phase, start_s, length_s, requests, successes, completed, dropped,
// rps, p50_ms, p95_ms, p99_ms, error_rate_percent, active_users, generator_cpu_percent, errors
// ("timeout=3;http_503=1").
QByteArray timelineCsv(const RunReport &report);
// Header line, then one line per phase and scenario: requests, successes, success_rate_percent,
// configured_share_percent, achieved_share_percent, mean/p50/p95/p99/max_ms, errors.
QByteArray scenariosCsv(const RunReport &report);
// HdrHistogram interval log (format 1.3, as HistogramLogWriter writes it): one line per second with the phase as
// its tag, latencies in microseconds, Interval_Max in milliseconds. Empty when the report has no per-second
// histograms (imported runs, reports from before they were kept).
QByteArray hdrIntervalLog(const RunReport &report);
// Writes bytes atomically; error names the file.
bool writeExportFile(const QString &path, const QByteArray &bytes, QString *error);

} // namespace ls
