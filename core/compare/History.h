#pragma once
// A workspace folder of reports: listed by date with plan name and verdict, and the trend of a metric across
// the runs of one plan.

#include "Scalability.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace ls {

struct HistoryEntry
{
    QString path;
    QDateTime startedAt;
    QString planName;
    Verdict verdict = Verdict::Pass;
    bool complete = true;
    QString importedFrom; // empty for Load Studio's own runs
    QStringList phases;
};

// Every readable report (*.json) in folder, oldest first; files that are not reports are skipped, reports that
// cannot be read are listed in problems ("file: why").
std::vector<HistoryEntry> scanWorkspace(const QString &folder, QStringList *problems);

struct TrendPoint
{
    QDateTime when;
    double value = 0;
    QString path;
};

// The metric of the named phase across the entries of one plan, oldest first (runs without that phase, or
// without the figure, are left out).
std::vector<TrendPoint> trendOf(const std::vector<HistoryEntry> &entries, const QString &planName,
                                const QString &phaseName, CompareMetric metric);

} // namespace ls
