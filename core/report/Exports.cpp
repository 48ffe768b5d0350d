#include "Exports.h"

#include <QSaveFile>
#include <QXmlStreamWriter>

#include <cmath>

namespace ls {

namespace {

// RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled.
QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') && !bytes.contains('\r'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray number(double v)
{
    return std::isfinite(v) ? QByteArray::number(v, 'f', 3) : QByteArray();
}

QByteArray errorsField(const std::map<ErrorKey, qint64> &errors)
{
    QStringList parts;
    for (const auto &[key, count] : errors)
        parts << QStringLiteral("%1=%2").arg(errorKeyName(key)).arg(count);
    return csvField(parts.join(QLatin1Char(';')));
}

QString targetText(const TargetResult &r)
{
    const MetricInfo &info = metricInfo(r.target.metric);
    const QString cmp = info.higherIsBetter ? QStringLiteral("≥") : QStringLiteral("≤");
    return QStringLiteral("%1 %2 %3 %4 (critical %5 %4)")
        .arg(QLatin1String(info.key), cmp)
        .arg(r.target.goal)
        .arg(QLatin1String(info.unit))
        .arg(r.target.critical);
}

} // namespace

QByteArray junitXml(const RunReport &report)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    int tests = 0, failures = 0;
    for (const PhaseResult &p : report.phases) {
        tests += int(p.targetResults.size());
        for (const TargetResult &r : p.targetResults)
            failures += r.verdict == Verdict::Fail ? 1 : 0;
    }
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Load Studio: %1").arg(report.plan.name));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(tests));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    for (const PhaseResult &p : report.phases) {
        int phaseFailures = 0;
        for (const TargetResult &r : p.targetResults)
            phaseFailures += r.verdict == Verdict::Fail ? 1 : 0;
        xml.writeStartElement(QStringLiteral("testsuite"));
        xml.writeAttribute(QStringLiteral("name"), p.phase.name);
        xml.writeAttribute(QStringLiteral("tests"), QString::number(p.targetResults.size()));
        xml.writeAttribute(QStringLiteral("failures"), QString::number(phaseFailures));
        xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("skipped"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("time"), QString::number(p.elapsedS, 'f', 3));
        if (p.startedAt.isValid())
            xml.writeAttribute(QStringLiteral("timestamp"), p.startedAt.toUTC().toString(Qt::ISODate));
        for (const TargetResult &r : p.targetResults) {
            const MetricInfo &info = metricInfo(r.target.metric);
            xml.writeStartElement(QStringLiteral("testcase"));
            xml.writeAttribute(QStringLiteral("classname"), report.plan.name + QLatin1Char('.') + p.phase.name);
            xml.writeAttribute(QStringLiteral("name"), targetText(r));
            xml.writeAttribute(QStringLiteral("time"), QStringLiteral("0"));
            const QString actual = QStringLiteral("%1: actual %2 %3, goal %4, critical %5 → %6")
                                       .arg(QLatin1String(info.key))
                                       .arg(r.actual, 0, 'f', 2)
                                       .arg(QLatin1String(info.unit))
                                       .arg(r.target.goal)
                                       .arg(r.target.critical)
                                       .arg(verdictName(r.verdict));
            if (r.verdict == Verdict::Fail) {
                xml.writeStartElement(QStringLiteral("failure"));
                xml.writeAttribute(QStringLiteral("type"), QStringLiteral("FAIL"));
                xml.writeAttribute(QStringLiteral("message"), actual);
                xml.writeCharacters(actual);
                xml.writeEndElement();
            } else {
                // WARN passes the build, but says so where CI shows a test's output.
                xml.writeTextElement(QStringLiteral("system-out"), actual);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray timelineCsv(const RunReport &report)
{
    QByteArray out = "phase,start_s,length_s,requests,successes,completed,dropped,rps,p50_ms,p95_ms,p99_ms,"
                     "error_rate_percent,active_users,generator_cpu_percent,errors\r\n";
    for (const PhaseResult &p : report.phases) {
        for (const TimelinePoint &t : p.timeline) {
            out += csvField(p.phase.name) + ',' + number(t.startS) + ',' + number(t.lengthS) + ',' +
                   QByteArray::number(t.requests) + ',' + QByteArray::number(t.successes) + ',' +
                   QByteArray::number(t.completed) + ',' + QByteArray::number(t.dropped) + ',' + number(t.rps) + ',' +
                   number(t.p50Ms) + ',' + number(t.p95Ms) + ',' + number(t.p99Ms) + ',' +
                   number(t.errorRatePercent()) + ',' + QByteArray::number(t.activeUsers) + ',' +
                   (t.generatorCpuPercent >= 0 ? number(t.generatorCpuPercent) : QByteArray()) + ',' +
                   errorsField(t.errors) + "\r\n";
        }
    }
    return out;
}

QByteArray scenariosCsv(const RunReport &report)
{
    QByteArray out = "phase,scenario,requests,successes,success_rate_percent,configured_share_percent,"
                     "achieved_share_percent,mean_ms,p50_ms,p95_ms,p99_ms,max_ms,errors\r\n";
    const std::vector<double> shares = report.plan.scenarioShares();
    for (const PhaseResult &p : report.phases) {
        for (std::size_t i = 0; i < p.totals.scenarios.size(); ++i) {
            const ScenarioBlock &s = p.totals.scenarios[i];
            const LatencySummary l = LatencySummary::of(s.latency);
            std::map<ErrorKey, qint64> errors;
            for (const auto &[key, tally] : s.errors)
                errors[key] = tally.count;
            const QString name = i < report.plan.scenarios.size() ? report.plan.scenarios[i].name : QString();
            out += csvField(p.phase.name) + ',' + csvField(name) + ',' + QByteArray::number(s.requests) + ',' +
                   QByteArray::number(s.successes) + ',' +
                   number(s.requests ? 100.0 * double(s.successes) / double(s.requests) : 0) + ',' +
                   number(i < shares.size() ? shares[i] : 0) + ',' +
                   number(p.totals.requests ? 100.0 * double(s.requests) / double(p.totals.requests) : 0) + ',' +
                   number(l.meanMs) + ',' + number(l.p50Ms) + ',' + number(l.p95Ms) + ',' + number(l.p99Ms) + ',' +
                   number(l.maxMs) + ',' + errorsField(errors) + "\r\n";
        }
    }
    return out;
}

QByteArray hdrIntervalLog(const RunReport &report)
{
    QByteArray lines;
    for (const PhaseResult &p : report.phases) {
        // Tags may not hold commas or spaces (the log's separators).
        QByteArray tag = p.phase.name.toUtf8();
        tag.replace(',', '_').replace(' ', '_');
        for (const TimelinePoint &t : p.timeline) {
            if (t.latencyHistogram.isEmpty())
                continue;
            const std::optional<Histogram> h = Histogram::fromCompressed(t.latencyHistogram);
            if (!h)
                continue;
            lines += "Tag=" + tag + ',' + QByteArray::number(t.startS, 'f', 3) + ',' +
                     QByteArray::number(t.lengthS, 'f', 3) + ',' +
                     QByteArray::number(double(h->max()) / 1000.0, 'f', 3) + ',' + t.latencyHistogram.toBase64() + '\n';
        }
    }
    if (lines.isEmpty())
        return {};
    const double start = double(report.startedAt.toMSecsSinceEpoch()) / 1000.0;
    const QByteArray startText = QByteArray::number(start, 'f', 3);
    return "#[Histogram log format version 1.3]\n#[StartTime: " + startText + " (seconds since epoch), " +
           report.startedAt.toUTC().toString(Qt::ISODate).toUtf8() + "]\n#[BaseTime: " + startText +
           " (seconds since epoch)]\n#[Load Studio " + report.plan.name.toUtf8() +
           ": latencies in microseconds; Interval_Max in milliseconds]\n"
           "\"StartTimestamp\",\"Interval_Length\",\"Interval_Max\",\"Interval_Compressed_Histogram\"\n" +
           lines;
}

bool writeExportFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return true;
}

} // namespace ls
