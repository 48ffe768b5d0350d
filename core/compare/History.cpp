#include "History.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cmath>

namespace ls {

namespace {

// Cheap test before a full read: our reports say so near their start.
bool looksLikeReport(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(512).contains(RunReport::formatId);
}

} // namespace

std::vector<HistoryEntry> scanWorkspace(const QString &folder, QStringList *problems)
{
    std::vector<HistoryEntry> entries;
    const QDir dir(folder);
    if (!dir.exists()) {
        if (problems)
            *problems << QStringLiteral("%1: no such folder").arg(folder);
        return entries;
    }
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        if (!looksLikeReport(path))
            continue;
        QString error;
        const std::optional<RunReport> report = readReportFile(path, &error);
        if (!report) {
            if (problems)
                *problems << error;
            continue;
        }
        HistoryEntry e;
        e.path = path;
        e.startedAt = report->startedAt;
        e.planName = report->plan.name;
        e.verdict = report->verdict;
        e.complete = report->complete;
        e.importedFrom = report->importedFrom;
        for (const PhaseResult &p : report->phases)
            e.phases << p.phase.name;
        entries.push_back(std::move(e));
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const HistoryEntry &a, const HistoryEntry &b) { return a.startedAt < b.startedAt; });
    return entries;
}

std::vector<TrendPoint> trendOf(const std::vector<HistoryEntry> &entries, const QString &planName,
                                const QString &phaseName, CompareMetric metric)
{
    std::vector<TrendPoint> points;
    for (const HistoryEntry &e : entries) {
        if (e.planName != planName || !e.phases.contains(phaseName))
            continue;
        const std::optional<RunReport> report = readReportFile(e.path, nullptr);
        if (!report)
            continue;
        for (int i = 0; i < int(report->phases.size()); ++i) {
            if (report->phases[std::size_t(i)].phase.name != phaseName)
                continue;
            const double v = phaseFigures(*report, i).value(metric);
            if (!std::isnan(v))
                points.push_back({e.startedAt, v, e.path});
        }
    }
    return points;
}

} // namespace ls
