#include "PdfReport.h"

#include "GeneratorHealth.h"
#include "PdfCharts.h"
#include "PdfPages.h"
#include "PercentileSpectrum.h"
#include "PlanJson.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QSaveFile>

#include <cmath>

namespace ls {

namespace {

// The report's words, translated in the "PdfReport" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
};

QString verdictWord(Verdict v)
{
    switch (v) {
    case Verdict::Pass:
        return Text::tr("✔ PASS");
    case Verdict::Warn:
        return Text::tr("▲ WARN");
    case Verdict::Fail:
        return Text::tr("✖ FAIL");
    }
    return {};
}

QString num(double v, int decimals = 1)
{
    return std::isnan(v) ? QStringLiteral("—") : QLocale().toString(v, 'f', decimals);
}

QString valueWithUnit(Metric metric, double v)
{
    const MetricInfo &info = metricInfo(metric);
    const int decimals = metric == Metric::SuccessRate || metric == Metric::ErrorRate ? 2 : (v >= 100 ? 0 : 1);
    return num(v, decimals) + QLatin1Char(' ') + QLatin1String(info.unit);
}

QString metricLabel(Metric metric)
{
    switch (metric) {
    case Metric::SuccessRate:
        return Text::tr("Success rate");
    case Metric::ErrorRate:
        return Text::tr("Error rate");
    case Metric::AvgMs:
        return Text::tr("Mean latency");
    case Metric::P50Ms:
        return Text::tr("P50 latency");
    case Metric::P95Ms:
        return Text::tr("P95 latency");
    case Metric::P99Ms:
        return Text::tr("P99 latency");
    case Metric::ThroughputRps:
        return Text::tr("Throughput");
    }
    return {};
}

QString loadText(const Phase &p)
{
    return p.model == LoadModel::Open ? Text::tr("%1 req/s (max %2 users)").arg(num(p.arrivalRate, 0)).arg(p.maxUsers)
                                      : Text::tr("%1 users").arg(p.users);
}

void firstPage(PdfPages &pages, const RunReport &report)
{
    pages.heading(Text::tr("Load test report: %1").arg(report.plan.name));
    pages.paragraph(Text::tr("Overall verdict: %1").arg(verdictWord(report.verdict)), true, 16);
    pages.paragraph(reportNarrative(report));
    const KneeFinding knee = findKnee(phaseFigures(report), p95GoalOf(report));
    if (knee.kind != KneeFinding::Kind::NotEnoughData)
        pages.paragraph(knee.sentence);

    pages.heading(Text::tr("Key figures"), 2);
    PdfTable figures;
    figures.header = {Text::tr("Phase"),      Text::tr("Load"),    Text::tr("Requests"),
                      Text::tr("Throughput"), Text::tr("P50"),     Text::tr("P95"),
                      Text::tr("P99"),        Text::tr("Success"), Text::tr("Verdict")};
    figures.widths = {1.0, 1.0, 0.9, 1.4, 0.8, 0.8, 0.8, 0.9, 1.1};
    figures.rightAligned = {false, false, true, true, true, true, true, true, false};
    for (int i = 0; i < int(report.phases.size()); ++i) {
        const PhaseResult &p = report.phases[std::size_t(i)];
        const PhaseFigures f = phaseFigures(report, i);
        auto ms = [&](CompareMetric m) -> QString { return num(f.value(m)) + QStringLiteral(" ms"); };
        if (p.verdict == Verdict::Fail)
            figures.boldRows.push_back(i);
        figures.rows.push_back({p.phase.name, loadText(p.phase), QLocale().toString(p.totals.requests),
                                num(f.value(CompareMetric::Throughput)) + QStringLiteral(" req/s"),
                                ms(CompareMetric::P50), ms(CompareMetric::P95), ms(CompareMetric::P99),
                                num(f.value(CompareMetric::SuccessRate), 2) + QStringLiteral(" %"),
                                verdictWord(p.verdict)});
    }
    pages.table(figures);

    pages.heading(Text::tr("Targets"), 2);
    PdfTable table;
    table.header = {Text::tr("Phase"),    Text::tr("Load"),   Text::tr("Target"), Text::tr("Goal"),
                    Text::tr("Critical"), Text::tr("Actual"), Text::tr("Verdict")};
    table.widths = {1.3, 1.3, 1.3, 0.9, 0.9, 0.9, 0.9};
    table.rightAligned = {false, false, false, true, true, true, false};
    for (const PhaseResult &p : report.phases) {
        if (p.targetResults.empty()) {
            table.rows.push_back(
                {p.phase.name, loadText(p.phase), Text::tr("no targets"), {}, {}, {}, verdictWord(p.verdict)});
            continue;
        }
        for (const TargetResult &r : p.targetResults) {
            if (r.verdict == Verdict::Fail)
                table.boldRows.push_back(int(table.rows.size()));
            table.rows.push_back({p.phase.name, loadText(p.phase), metricLabel(r.target.metric),
                                  valueWithUnit(r.target.metric, r.target.goal),
                                  valueWithUnit(r.target.metric, r.target.critical),
                                  valueWithUnit(r.target.metric, r.actual), verdictWord(r.verdict)});
        }
    }
    pages.table(table);
}

void latencyOverTime(PdfPages &pages, const PhaseResult &phase)
{
    if (phase.timeline.empty())
        return;
    PdfChart chart;
    chart.title = Text::tr("%1: latency percentiles and throughput over time").arg(phase.phase.name);
    chart.xTitle = Text::tr("seconds since the phase started");
    chart.yTitle = Text::tr("latency (ms)");
    chart.rightTitle = Text::tr("throughput (req/s)");
    PdfChartLine p50{Text::tr("P50"), {}, false}, p95{Text::tr("P95"), {}, false}, p99{Text::tr("P99"), {}, false};
    PdfChartLine rps{Text::tr("Throughput (right axis)"), {}, true};
    const double start = phase.timeline.front().startS;
    for (const TimelinePoint &t : phase.timeline) {
        const double x = t.startS - start + t.lengthS;
        if (t.completed > 0) {
            p50.points.emplace_back(x, t.p50Ms);
            p95.points.emplace_back(x, t.p95Ms);
            p99.points.emplace_back(x, t.p99Ms);
        }
        rps.points.emplace_back(x, t.rps);
    }
    chart.lines = {p50, p95, p99, rps};
    for (const Target &t : phase.targets) {
        if (t.metric == Metric::P95Ms) {
            chart.references.push_back({t.goal, Text::tr("P95 goal %1 ms").arg(num(t.goal, 0))});
            chart.references.push_back({t.critical, Text::tr("P95 critical %1 ms").arg(num(t.critical, 0))});
        }
    }
    pages.block(210, [&](QPainter &p, const QRectF &r) { drawPdfChart(p, r, chart); });
}

void scalability(PdfPages &pages, const RunReport &report)
{
    const std::vector<PhaseFigures> figures = phaseFigures(report);
    const KneeFinding knee = findKnee(figures, p95GoalOf(report));
    pages.heading(Text::tr("Scalability"), 2);
    pages.paragraph(knee.sentence);
    if (knee.kind == KneeFinding::Kind::NotEnoughData)
        return;
    std::vector<const PhaseFigures *> sorted;
    for (const PhaseFigures &f : figures)
        if (f.load > 0)
            sorted.push_back(&f);
    std::sort(sorted.begin(), sorted.end(), [](auto *a, auto *b) { return a->load < b->load; });
    PdfChart chart;
    chart.title = Text::tr("Latency and throughput against load");
    chart.xTitle = figures.front().openModel ? Text::tr("offered rate (req/s)") : Text::tr("users");
    chart.yTitle = Text::tr("latency (ms)");
    chart.rightTitle = Text::tr("throughput (req/s)");
    chart.markPoints = true;
    PdfChartLine p95{Text::tr("P95"), {}, false}, p99{Text::tr("P99"), {}, false},
        rps{Text::tr("Throughput (right axis)"), {}, true};
    for (const PhaseFigures *f : sorted) {
        if (!std::isnan(f->value(CompareMetric::P95)))
            p95.points.emplace_back(f->load, f->value(CompareMetric::P95));
        if (!std::isnan(f->value(CompareMetric::P99)))
            p99.points.emplace_back(f->load, f->value(CompareMetric::P99));
        if (!std::isnan(f->value(CompareMetric::Throughput)))
            rps.points.emplace_back(f->load, f->value(CompareMetric::Throughput));
    }
    chart.lines = {p95, p99, rps};
    if (const double goal = p95GoalOf(report); !std::isnan(goal))
        chart.references.push_back({goal, Text::tr("P95 goal %1 ms").arg(num(goal, 0))});
    pages.block(220, [&](QPainter &p, const QRectF &r) { drawPdfChart(p, r, chart); });
}

void spectrum(PdfPages &pages, const RunReport &report)
{
    PdfChart chart;
    chart.title = Text::tr("Latency by percentile (every phase)");
    chart.xTitle = Text::tr("percentile");
    chart.yTitle = Text::tr("latency (ms)");
    for (const SpectrumTick &tick : spectrumTicks(99.99))
        chart.xTicks.emplace_back(std::log10(tick.nines), tick.label);
    for (const PhaseResult &p : report.phases) {
        PdfChartLine line{p.phase.name, {}, false};
        for (const SpectrumPoint &pt : percentileSpectrum(p.totals.latency))
            line.points.emplace_back(std::log10(pt.nines), pt.valueMs);
        if (!line.points.empty())
            chart.lines.push_back(line);
    }
    if (chart.lines.empty())
        return;
    pages.block(220, [&](QPainter &p, const QRectF &r) { drawPdfChart(p, r, chart); });
}

void scenariosAndErrors(PdfPages &pages, const RunReport &report)
{
    pages.heading(Text::tr("Scenarios"));
    PdfTable t;
    t.header = {Text::tr("Phase"), Text::tr("Scenario"), Text::tr("Requests"), Text::tr("Success"),
                Text::tr("P50"),   Text::tr("P95"),      Text::tr("P99")};
    t.widths = {1.2, 1.8, 0.9, 0.8, 0.8, 0.8, 0.8};
    t.rightAligned = {false, false, true, true, true, true, true};
    for (const PhaseResult &p : report.phases) {
        for (std::size_t i = 0; i < p.totals.scenarios.size(); ++i) {
            const ScenarioBlock &s = p.totals.scenarios[i];
            const LatencySummary l = LatencySummary::of(s.latency);
            const QString name = i < report.plan.scenarios.size() ? report.plan.scenarios[i].name : QString();
            t.rows.push_back({p.phase.name, name, QLocale().toString(s.requests),
                              s.requests
                                  ? num(100.0 * double(s.successes) / double(s.requests), 2) + QStringLiteral(" %")
                                  : QStringLiteral("—"),
                              num(l.p50Ms) + QStringLiteral(" ms"), num(l.p95Ms) + QStringLiteral(" ms"),
                              num(l.p99Ms) + QStringLiteral(" ms")});
        }
    }
    pages.table(t);

    pages.heading(Text::tr("Errors by cause"));
    PdfTable e;
    e.header = {Text::tr("Phase"), Text::tr("Cause"), Text::tr("Count"), Text::tr("First message")};
    e.widths = {1.1, 1.2, 0.7, 4.0};
    e.rightAligned = {false, false, true, false};
    for (const PhaseResult &p : report.phases) {
        for (const auto &[key, tally] : p.totals.errors)
            e.rows.push_back({p.phase.name, errorKeyName(key), QLocale().toString(tally.count), tally.sampleMessage});
    }
    if (e.rows.empty())
        pages.paragraph(Text::tr("No request failed."));
    else
        pages.table(e);
}

void comparisonSection(PdfPages &pages, const RunReport &base, const RunComparison &comparison)
{
    pages.heading(Text::tr("Compared with %1 (%2)")
                      .arg(base.plan.name, QLocale().toString(base.startedAt.toLocalTime(), QLocale::ShortFormat)));
    pages.paragraph(comparison.significanceNote, false, 8.5);
    for (const PhasePair &pair : comparison.pairs) {
        pages.heading(pair.baseName == pair.otherName ? pair.baseName
                                                      : pair.baseName + QStringLiteral(" → ") + pair.otherName,
                      2);
        PdfTable t;
        t.header = {Text::tr("Metric"), Text::tr("Before"), Text::tr("Now"), Text::tr("Change"), Text::tr("Verdict")};
        t.widths = {1.1, 1.3, 1.3, 0.9, 1.8};
        t.rightAligned = {false, true, true, true, false};
        for (const MetricDelta &d : pair.deltas) {
            QString verdict;
            switch (d.direction) {
            case MetricDelta::Direction::Better:
                verdict = Text::tr("▲ better");
                break;
            case MetricDelta::Direction::Worse:
                verdict = Text::tr("▼ worse");
                break;
            case MetricDelta::Direction::Same:
                verdict = Text::tr("= same");
                break;
            case MetricDelta::Direction::Unknown:
                verdict = Text::tr("cannot compare");
                break;
            }
            if (d.direction == MetricDelta::Direction::Better || d.direction == MetricDelta::Direction::Worse)
                verdict += d.significance.significant ? Text::tr(", significant") : Text::tr(", within noise");
            if (d.direction == MetricDelta::Direction::Worse && d.significance.significant)
                t.boldRows.push_back(int(t.rows.size()));
            const QString unit = QLatin1String(compareMetricInfo(d.metric).unit);
            t.rows.push_back(
                {Text::tr(compareMetricInfo(d.metric).label), num(d.base, 2) + QLatin1Char(' ') + unit,
                 num(d.other, 2) + QLatin1Char(' ') + unit,
                 std::isnan(d.relativePercent)
                     ? QStringLiteral("—")
                     : QStringLiteral("%1%2 %").arg(d.relativePercent > 0 ? QStringLiteral("+") : QString(),
                                                    num(d.relativePercent)),
                 verdict});
        }
        pages.table(t);
    }
}

void methodAppendix(PdfPages &pages, const RunReport &report)
{
    pages.heading(Text::tr("Method"));
    QStringList lines;
    bool open = false, closed = false;
    for (const PhaseResult &p : report.phases)
        (p.phase.model == LoadModel::Open ? open : closed) = true;
    if (closed)
        lines << Text::tr(
            "Closed model: each virtual user sends its next request after the previous answer (and its think "
            "time). Latency counts from the actual send; the report's latency_ms_co_corrected adds the view "
            "corrected for coordinated omission (HdrHistogram's expected-interval correction).");
    if (open)
        lines << Text::tr(
            "Open model: requests are sent at scheduled times whatever the server does; latency counts from "
            "the scheduled time, so a stalled server cannot hide its delays (no coordinated omission).");
    lines << Text::tr(
                 "Transport: %1. Responses on plain HTTP with the native transport are timed by the kernel's receive "
                 "timestamp.")
                 .arg(report.transport.isEmpty() ? Text::tr("unknown") : report.transport);
    const QStringList warnings = generatorWarnings(report);
    lines << (warnings.isEmpty()
                  ? Text::tr("Load generator: no warnings (its busiest thread stayed under 80 % of a core).")
                  : Text::tr("Load generator warnings: %1").arg(warnings.join(QStringLiteral("; "))));
    lines << Text::tr(
                 "Machine: %1 cores, %2, host %3, Load Studio %4 with Qt %5, %6 worker thread(s); TLS verification %7.")
                 .arg(report.machine.cores)
                 .arg(report.machine.os, report.machine.host, report.machine.appVersion, report.machine.qtVersion)
                 .arg(report.workerThreads)
                 .arg(report.plan.tlsVerify ? Text::tr("on") : Text::tr("off"));
    if (!report.importedFrom.isEmpty())
        lines << Text::tr("Imported from: %1.").arg(report.importedFrom);
    for (const QString &line : lines)
        pages.paragraph(line, false, 9);
    pages.heading(Text::tr("The plan (secrets redacted)"), 2);
    pages.monospace(QString::fromUtf8(planToJsonText(report.plan, Redaction::Redact)));
}

// Everything, onto pages; returns the number of pages.
int render(QIODevice *device, const RunReport &report, const PdfReportOptions &options, int totalPages, bool *ok)
{
    const QString date = QLocale().toString(report.startedAt.toLocalTime(), QLocale::ShortFormat);
    PdfPages pages(device, Text::tr("Load Studio — %1").arg(report.plan.name), date, totalPages);
    firstPage(pages, report);
    pages.newPage();
    pages.heading(Text::tr("Phases over time"));
    for (const PhaseResult &p : report.phases)
        latencyOverTime(pages, p);
    scalability(pages, report);
    spectrum(pages, report);
    scenariosAndErrors(pages, report);
    if (options.comparison && options.comparedWith)
        comparisonSection(pages, *options.comparedWith, *options.comparison);
    methodAppendix(pages, report);
    *ok = pages.finish();
    return pages.pageCount();
}

} // namespace

QString reportNarrative(const RunReport &report)
{
    if (report.phases.empty())
        return Text::tr("The run has no phases.");
    QStringList loads;
    qint64 requests = 0;
    double bestRps = 0;
    QString bestPhase;
    QStringList failing, warning;
    for (const PhaseResult &p : report.phases) {
        loads << QStringLiteral("%1 (%2)").arg(p.phase.name, loadText(p.phase));
        requests += p.totals.requests;
        const double rps = p.metrics().throughputRps;
        if (rps > bestRps) {
            bestRps = rps;
            bestPhase = p.phase.name;
        }
        for (const TargetResult &r : p.targetResults) {
            const QString text =
                Text::tr("%1 in %2 was %3 (goal %4, critical %5)")
                    .arg(metricLabel(r.target.metric), p.phase.name, valueWithUnit(r.target.metric, r.actual),
                         valueWithUnit(r.target.metric, r.target.goal),
                         valueWithUnit(r.target.metric, r.target.critical));
            if (r.verdict == Verdict::Fail)
                failing << text;
            else if (r.verdict == Verdict::Warn)
                warning << text;
        }
    }
    QString text =
        Text::tr("%1 ran %n phase(s) against %2: %3. %4 requests in all; the highest throughput was %5 req/s "
                 "(%6).",
                 nullptr, int(report.phases.size()))
            .arg(report.plan.name, report.plan.baseUrl, loads.join(QStringLiteral(", ")))
            .arg(QLocale().toString(requests))
            .arg(num(bestRps, 0), bestPhase);
    if (report.aborted)
        text += QLatin1Char(' ') + Text::tr("The run was stopped early: %1.").arg(report.abortReason);
    switch (report.verdict) {
    case Verdict::Pass:
        text += QLatin1Char(' ') + Text::tr("Every target was met at every load tested: from these results, ready for "
                                            "go-live at these loads.");
        break;
    case Verdict::Warn:
        text +=
            QLatin1Char(' ') + Text::tr("No target reached its critical level, but some missed their goal: %1. Ready "
                                        "with reservations.")
                                   .arg(warning.join(QStringLiteral("; ")));
        break;
    case Verdict::Fail:
        text += QLatin1Char(' ') + Text::tr("Not ready: %1.").arg(failing.join(QStringLiteral("; ")));
        if (!warning.isEmpty())
            text += QLatin1Char(' ') + Text::tr("Also short of the goal: %1.").arg(warning.join(QStringLiteral("; ")));
        break;
    }
    if (!report.complete && !report.aborted)
        text += QLatin1Char(' ') + Text::tr("The report is incomplete.");
    return text;
}

bool writePdfReport(const RunReport &report, const QString &path, const PdfReportOptions &options, QString *error)
{
    // Two passes: the first counts the pages for "Page N of M".
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    bool ok = false;
    const int pages = render(&scratch, report, options, 0, &ok);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    render(&file, report, options, pages, &ok);
    if (!ok || !file.commit()) {
        if (error)
            *error = path + QStringLiteral(": ") +
                     (ok ? file.errorString() : QStringLiteral("the PDF could not be written"));
        return false;
    }
    return true;
}

} // namespace ls
