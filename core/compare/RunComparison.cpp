#include "RunComparison.h"

#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace ls {

namespace {

MetricDelta deltaOf(CompareMetric metric, const PhaseFigures &base, const PhaseFigures &other,
                    const SignificanceOptions &options)
{
    MetricDelta d;
    d.metric = metric;
    d.base = base.value(metric);
    d.other = other.value(metric);
    const CompareMetricInfo &info = compareMetricInfo(metric);
    if (info.judgedPerSecond)
        d.significance = judgeDifference(base.seconds(metric), other.seconds(metric), options);
    else
        d.significance.why = QStringLiteral("not judged: no per-second values of this metric");
    if (std::isnan(d.base) || std::isnan(d.other))
        return d;
    d.absolute = d.other - d.base;
    if (d.base != 0)
        d.relativePercent = 100.0 * d.absolute / std::abs(d.base);
    // Equal to display precision counts as the same.
    if (std::abs(d.absolute) < 1e-9 * std::max(1.0, std::abs(d.base)))
        d.direction = MetricDelta::Direction::Same;
    else
        d.direction =
            (d.absolute > 0) == info.higherIsBetter ? MetricDelta::Direction::Better : MetricDelta::Direction::Worse;
    return d;
}

int phaseNamed(const RunReport &report, const QString &name)
{
    for (int i = 0; i < int(report.phases.size()); ++i) {
        if (report.phases[std::size_t(i)].phase.name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString formatValue(double v, const char *unit)
{
    if (std::isnan(v))
        return QStringLiteral("—");
    const int decimals = std::abs(v) >= 1000 ? 0 : (std::abs(v) >= 100 ? 1 : 2);
    QString text = QString::number(v, 'f', decimals);
    if (*unit)
        text += QLatin1Char(' ') + QLatin1String(unit);
    return text;
}

} // namespace

std::vector<std::pair<int, int>> alignPhases(const RunReport &base, const RunReport &other)
{
    std::vector<std::pair<int, int>> pairs;
    if (base.phases.size() == 1 && other.phases.size() == 1)
        return {{0, 0}};
    for (int i = 0; i < int(base.phases.size()); ++i) {
        const int j = phaseNamed(other, base.phases[std::size_t(i)].phase.name);
        if (j >= 0)
            pairs.emplace_back(i, j);
    }
    return pairs;
}

RunComparison compareRuns(const RunReport &base, const RunReport &other, const std::vector<std::pair<int, int>> &pairs,
                          const SignificanceOptions &options)
{
    RunComparison out;
    out.significanceNote = significanceMethodNote(options);
    std::vector<bool> baseUsed(base.phases.size()), otherUsed(other.phases.size());
    for (const auto &[b, o] : pairs) {
        if (b < 0 || o < 0 || b >= int(base.phases.size()) || o >= int(other.phases.size()))
            continue;
        baseUsed[std::size_t(b)] = otherUsed[std::size_t(o)] = true;
        const PhaseFigures fb = phaseFigures(base, b);
        const PhaseFigures fo = phaseFigures(other, o);
        PhasePair pair;
        pair.basePhase = b;
        pair.otherPhase = o;
        pair.baseName = fb.name;
        pair.otherName = fo.name;
        for (CompareMetric m : allCompareMetrics)
            pair.deltas.push_back(deltaOf(m, fb, fo, options));
        out.pairs.push_back(std::move(pair));
    }
    for (std::size_t i = 0; i < baseUsed.size(); ++i) {
        if (!baseUsed[i])
            out.unpairedBase << base.phases[i].phase.name;
    }
    for (std::size_t i = 0; i < otherUsed.size(); ++i) {
        if (!otherUsed[i])
            out.unpairedOther << other.phases[i].phase.name;
    }
    return out;
}

bool parsePairing(const QString &text, const RunReport &base, const RunReport &other, std::pair<int, int> *out,
                  QString *error)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0 || eq == text.size() - 1) {
        *error = QStringLiteral("--pair \"%1\": expected BASE_PHASE=OTHER_PHASE").arg(text);
        return false;
    }
    const QString b = text.left(eq).trimmed();
    const QString o = text.mid(eq + 1).trimmed();
    const int bi = phaseNamed(base, b);
    const int oi = phaseNamed(other, o);
    if (bi < 0 || oi < 0) {
        *error = QStringLiteral("--pair \"%1\": no phase \"%2\" in the %3 run")
                     .arg(text, bi < 0 ? b : o, bi < 0 ? QStringLiteral("base") : QStringLiteral("new"));
        return false;
    }
    *out = {bi, oi};
    return true;
}

std::vector<Regression> regressions(const RunComparison &comparison, double thresholdPercent)
{
    std::vector<Regression> out;
    for (const PhasePair &pair : comparison.pairs) {
        for (const MetricDelta &d : pair.deltas) {
            if (d.direction == MetricDelta::Direction::Worse && d.significance.significant &&
                !std::isnan(d.relativePercent) && std::abs(d.relativePercent) > thresholdPercent)
                out.push_back({pair.baseName, d.metric, d.relativePercent});
        }
    }
    return out;
}

QString comparisonText(const RunComparison &comparison, const QString &baseLabel, const QString &otherLabel)
{
    QString text;
    QTextStream s(&text);
    s << "base: " << baseLabel << "\nnew:  " << otherLabel << "\n";
    for (const PhasePair &pair : comparison.pairs) {
        s << "\nphase " << pair.baseName;
        if (pair.otherName != pair.baseName)
            s << " vs " << pair.otherName;
        s << "\n";
        s << QStringLiteral("  %1 %2 %3 %4 %5  %6\n")
                 .arg(QStringLiteral("metric"), -14)
                 .arg(QStringLiteral("base"), 14)
                 .arg(QStringLiteral("new"), 14)
                 .arg(QStringLiteral("change"), 14)
                 .arg(QStringLiteral("relative"), 9)
                 .arg(QStringLiteral("verdict"));
        for (const MetricDelta &d : pair.deltas) {
            const CompareMetricInfo &info = compareMetricInfo(d.metric);
            QString verdict;
            switch (d.direction) {
            case MetricDelta::Direction::Better:
                verdict = QStringLiteral("better");
                break;
            case MetricDelta::Direction::Worse:
                verdict = QStringLiteral("worse");
                break;
            case MetricDelta::Direction::Same:
                verdict = QStringLiteral("same");
                break;
            case MetricDelta::Direction::Unknown:
                verdict = QStringLiteral("n/a");
                break;
            }
            if (d.direction == MetricDelta::Direction::Better || d.direction == MetricDelta::Direction::Worse)
                verdict += d.significance.judged ? (d.significance.significant ? QStringLiteral(", significant")
                                                                               : QStringLiteral(", within noise"))
                                                 : QStringLiteral(", not judged");
            const QString change = std::isnan(d.absolute) ? QStringLiteral("—")
                                                          : (d.absolute > 0 ? QStringLiteral("+") : QString()) +
                                                                formatValue(d.absolute, info.unit);
            const QString relative = std::isnan(d.relativePercent)
                                         ? QStringLiteral("—")
                                         : QStringLiteral("%1%2%")
                                               .arg(d.relativePercent > 0 ? QStringLiteral("+") : QString())
                                               .arg(d.relativePercent, 0, 'f', 1);
            s << QStringLiteral("  %1 %2 %3 %4 %5  %6\n")
                     .arg(QLatin1String(info.label), -14)
                     .arg(formatValue(d.base, info.unit), 14)
                     .arg(formatValue(d.other, info.unit), 14)
                     .arg(change, 14)
                     .arg(relative, 9)
                     .arg(verdict);
        }
    }
    if (!comparison.unpairedBase.isEmpty())
        s << "\nonly in the base run: " << comparison.unpairedBase.join(QStringLiteral(", ")) << "\n";
    if (!comparison.unpairedOther.isEmpty())
        s << "only in the new run: " << comparison.unpairedOther.join(QStringLiteral(", ")) << "\n";
    s << "\n" << comparison.significanceNote << "\n";
    return text;
}

} // namespace ls
