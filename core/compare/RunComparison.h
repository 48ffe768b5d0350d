#pragma once
// Two runs side by side: phases aligned by name (or paired by hand), per metric both values, the absolute and
// relative change, whether it is better or worse by the metric's direction, and whether it exceeds run-to-run
// noise (Significance.h).

#include "Scalability.h"
#include "Significance.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace ls {

struct MetricDelta
{
    enum class Direction
    {
        Better,
        Worse,
        Same,
        Unknown, // a value is missing
    };
    CompareMetric metric = CompareMetric::P95;
    double base = PhaseFigures::none;
    double other = PhaseFigures::none;
    double absolute = PhaseFigures::none;        // other - base
    double relativePercent = PhaseFigures::none; // (other - base) / base; NaN when base is 0 or missing
    Direction direction = Direction::Unknown;
    SignificanceResult significance;
};

struct PhasePair
{
    int basePhase = -1;
    int otherPhase = -1;
    QString baseName, otherName;
    std::vector<MetricDelta> deltas; // in allCompareMetrics order
};

struct RunComparison
{
    std::vector<PhasePair> pairs;
    QStringList unpairedBase, unpairedOther; // phases without a partner
    QString significanceNote;
};

// Phases paired by name (case-insensitively); two runs of one phase each (e.g. imported ones) pair whatever
// their names. (base index, other index).
std::vector<std::pair<int, int>> alignPhases(const RunReport &base, const RunReport &other);
RunComparison compareRuns(const RunReport &base, const RunReport &other, const std::vector<std::pair<int, int>> &pairs,
                          const SignificanceOptions &options = {});
// "BASE=OTHER" pairings from the command line, by phase name; error names the phase that does not exist.
bool parsePairing(const QString &text, const RunReport &base, const RunReport &other, std::pair<int, int> *out,
                  QString *error);

struct Regression
{
    QString phase;
    CompareMetric metric;
    double relativePercent;
};
// Significant changes for the worse by more than thresholdPercent (relative).
std::vector<Regression> regressions(const RunComparison &comparison, double thresholdPercent);

// The comparison as a text table (CLI).
QString comparisonText(const RunComparison &comparison, const QString &baseLabel, const QString &otherLabel);

} // namespace ls
