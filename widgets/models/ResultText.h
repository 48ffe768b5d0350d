#pragma once
// How results read on screen: verdicts with a symbol and a colour (never colour alone), metric names and
// values with units, targets and the reason behind a verdict. Shared by the run and results pages and models.

#include "LiveMetrics.h"
#include "Report.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ls {

class ResultText
{
    Q_DECLARE_TR_FUNCTIONS(ResultText)
public:
    // "✔ PASS", "▲ WARN", "✖ FAIL"
    static QString verdict(Verdict verdict);
    // "– no target" for a figure nobody set a goal for, "… waiting" for one without a value yet.
    static QString noVerdict(bool hasTarget);
    // A strong colour per verdict, readable as text on light and dark backgrounds and behind white text.
    static QColor verdictColor(Verdict verdict);

    static QString metricName(Metric metric);          // "P95 latency", "Success rate"
    static QString value(Metric metric, double value); // "183 ms", "99.52 %", "52.1 req/s"
    static QString milliseconds(double ms);            // "4.2 ms", "183 ms"
    static QString percent(double percent);            // "99.52 %"
    static QString count(qint64 count);                // "12,000"
    // "goal ≤ 200 ms · critical > 500 ms" (the comparison follows the metric's direction)
    static QString target(const Target &target);
    // "P95 latency 620 ms is beyond its critical level 500 ms (goal 200 ms)"
    static QString reason(const TargetResult &result);
    // Why a phase got its verdict: the failing or warning targets, or "all 5 targets met".
    static QString phaseReason(const PhaseResult &phase);
    // "10 users" or "300 req/s, at most 100 users"
    static QString load(const Phase &phase);
    // "1:05" or "1:02:05"
    static QString duration(double seconds);

    static QString kpiTitle(Kpi kpi);                   // "Requests/s", "P95", "Active users", ...
    static QString kpiValue(const KpiReading &reading); // "—" without a value
};

} // namespace ls
