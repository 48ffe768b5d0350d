// The report's JSON form (docs/report-format.md). Numbers for people and for pipelines side by side with
// the histograms in HdrHistogram's encoding, so nothing is lost when a report is read back.

#include "GeneratorHealth.h"
#include "PlanJson.h"
#include "Report.h"

#include <QFile>
#include <QSaveFile>

#include <cmath>
#include <limits>

namespace ls {

using json = nlohmann::json;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

QString qstr(const json &j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}

std::string isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs).toStdString() : std::string();
}

json latencyJson(const Histogram &h)
{
    const LatencySummary s = LatencySummary::of(h);
    return {{"min", s.minMs}, {"mean", s.meanMs}, {"p50", s.p50Ms},   {"p90", s.p90Ms},
            {"p95", s.p95Ms}, {"p99", s.p99Ms},   {"p999", s.p999Ms}, {"max", s.maxMs}};
}

json errorsJson(const ErrorTallies &errors, bool withSamples)
{
    json out = json::object();
    for (const auto &[key, tally] : errors) {
        if (withSamples)
            out[str(errorKeyName(key))] = {{"count", tally.count}, {"sample", str(tally.sampleMessage)}};
        else
            out[str(errorKeyName(key))] = tally.count;
    }
    return out;
}

json timelineJson(const std::vector<TimelinePoint> &timeline)
{
    json out = json::array();
    for (const TimelinePoint &p : timeline) {
        json errors = json::object();
        for (const auto &[key, count] : p.errors)
            errors[str(errorKeyName(key))] = count;
        json point = {{"t", p.startS},
                      {"length_s", p.lengthS},
                      {"requests", p.requests},
                      {"successes", p.successes},
                      {"completed", p.completed},
                      {"dropped", p.dropped},
                      {"rps", p.rps},
                      {"p50_ms", p.p50Ms},
                      {"p95_ms", p.p95Ms},
                      {"p99_ms", p.p99Ms},
                      {"active_users", p.activeUsers},
                      {"errors", errors}};
        if (p.sendLagP99Ms >= 0)
            point["send_lag_p99_ms"] = p.sendLagP99Ms;
        if (p.generatorCpuPercent >= 0)
            point["generator_cpu_percent"] = p.generatorCpuPercent;
        if (!p.latencyHistogram.isEmpty())
            point["histogram"] = p.latencyHistogram.toBase64().toStdString();
        out.push_back(std::move(point));
    }
    return out;
}

json phaseJson(const PhaseResult &phase, const json &phaseConfig, const std::vector<double> &configuredShares,
               const Plan &plan)
{
    const StatsBlock &t = phase.totals;
    const MetricValues m = phase.metrics();
    json targets = json::array();
    for (const TargetResult &r : phase.targetResults) {
        const MetricInfo &info = metricInfo(r.target.metric);
        targets.push_back({{"metric", info.key},
                           {"goal", r.target.goal},
                           {"critical", r.target.critical},
                           {"actual", r.actual},
                           {"unit", info.unit},
                           {"verdict", str(verdictName(r.verdict))}});
    }
    json scenarios = json::array();
    for (std::size_t i = 0; i < t.scenarios.size(); ++i) {
        const ScenarioBlock &s = t.scenarios[i];
        scenarios.push_back({
            {"name", i < plan.scenarios.size() ? str(plan.scenarios[i].name) : std::string()},
            {"configured_share", i < configuredShares.size() ? configuredShares[i] : 0.0},
            {"achieved_share", t.requests ? 100.0 * double(s.requests) / double(t.requests) : 0.0},
            {"requests", s.requests},
            {"successes", s.successes},
            {"failures", s.requests - s.successes},
            {"latency_ms", latencyJson(s.latency)},
            {"errors", errorsJson(s.errors, true)},
            {"histogram", s.latency.toCompressedBase64().toStdString()},
        });
    }
    json metrics = {
        {"requests", t.requests},
        {"successes", t.successes},
        {"failures", t.failures()},
        {"completed", t.completed()},
        {"dropped", t.dropped},
        {"aborted", t.aborted},
        {"success_rate", m.successRate},
        {"error_rate", m.errorRate},
        {"throughput_rps", m.throughputRps},
        {"bytes_received", t.bytesReceived},
        {"bytes_sent", t.bytesSent},
        {"latency_ms", latencyJson(t.latency)},
        {"errors", errorsJson(t.errors, true)},
    };
    if (!t.sendLag.isEmpty())
        metrics["send_lag_ms"] = latencyJson(t.sendLag);
    if (!t.receiveLag.isEmpty())
        metrics["receive_lag_ms"] = latencyJson(t.receiveLag);
    if (const auto corrected = phase.coordinatedOmissionCorrected()) {
        json view = latencyJson(corrected->latency);
        view["expected_interval_ms"] = corrected->expectedIntervalMs;
        metrics["latency_ms_co_corrected"] = view;
    }
    json out = {
        {"name", str(phase.phase.name)},
        {"config", phaseConfig},
        {"started_at", isoTime(phase.startedAt)},
        {"ended_at", isoTime(phase.endedAt)},
        {"load_s", phase.loadS},
        {"elapsed_s", phase.elapsedS},
        {"verdict", str(verdictName(phase.verdict))},
        {"stopped_early", phase.stoppedEarly},
        {"targets", targets},
        {"summary", seedSummary(t, phase.statedLatency)},
        {"metrics", metrics},
        {"scenarios", scenarios},
        {"timeline", timelineJson(phase.timeline)},
        {"histograms",
         {{"latency_us", t.latency.toCompressedBase64().toStdString()},
          {"send_lag_us", t.sendLag.toCompressedBase64().toStdString()},
          {"receive_lag_us", t.receiveLag.toCompressedBase64().toStdString()}}},
    };
    if (phase.stoppedEarly)
        out["stop_reason"] = str(phase.stopReason);
    if (phase.statedLatency) {
        json stated = json::object();
        const LatencySummary &l = *phase.statedLatency;
        for (const auto &[key, value] :
             {std::pair{"mean", l.meanMs}, std::pair{"p50", l.p50Ms}, std::pair{"p90", l.p90Ms},
              std::pair{"p95", l.p95Ms}, std::pair{"p99", l.p99Ms}, std::pair{"max", l.maxMs}}) {
            if (!std::isnan(value))
                stated[key] = value;
        }
        out["stated_latency_ms"] = stated;
    }
    const GeneratorWatch generator = generatorWatchOf(phase);
    json generatorWarningsJson = json::array();
    for (const QString &warning : generator.warnings())
        generatorWarningsJson.push_back(str(warning));
    out["load_generator"] = {
        {"cpu_max_percent", generator.cpuMaxPercent()},
        {"cpu_limit_percent", generatorCpuLimitPercent},
        {"seconds_over_cpu_limit", generator.secondsOverCpuLimit()},
        {"measured_seconds", generator.measuredSeconds()},
        {"send_lag_p99_ms", generator.sendLagP99Ms()},
        {"send_lag_limit_ms", sendLagLimitMs},
        {"receive_lag_p99_ms", t.receiveLag.isEmpty() ? -1.0 : double(t.receiveLag.valueAtPercentile(99)) / 1000.0},
        {"warnings", generatorWarningsJson}};
    return out;
}

// Reading: every access goes through here so errors name the JSON path.
struct Reader
{
    QString error;

    const json *get(const json &obj, const char *key, const QString &path, json::value_t type)
    {
        if (!error.isEmpty())
            return nullptr;
        const QString where = path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
        if (!obj.is_object() || !obj.contains(key)) {
            error = where + QStringLiteral(": missing");
            return nullptr;
        }
        const json &value = obj.at(key);
        const bool numberWanted = type == json::value_t::number_float;
        if (numberWanted ? !value.is_number() : value.type() != type) {
            error = where + QStringLiteral(": has the wrong type");
            return nullptr;
        }
        return &value;
    }
    double number(const json &obj, const char *key, const QString &path)
    {
        const json *v = get(obj, key, path, json::value_t::number_float);
        return v ? v->get<double>() : 0;
    }
    qint64 integer(const json &obj, const char *key, const QString &path)
    {
        const json *v = get(obj, key, path, json::value_t::number_float);
        return v ? v->get<qint64>() : 0;
    }
    QString string(const json &obj, const char *key, const QString &path)
    {
        const json *v = get(obj, key, path, json::value_t::string);
        return v ? qstr(*v) : QString();
    }
    Histogram histogram(const json &obj, const char *key, const QString &path)
    {
        const json *v = get(obj, key, path, json::value_t::string);
        if (!v)
            return Histogram();
        QString why;
        auto h = Histogram::fromCompressedBase64(QByteArray::fromStdString(v->get<std::string>()), &why);
        if (!h) {
            error = path + QLatin1Char('.') + QLatin1String(key) + QStringLiteral(": ") + why;
            return Histogram();
        }
        return *h;
    }
    ErrorTallies errors(const json &obj, const char *key, const QString &path)
    {
        ErrorTallies tallies;
        const json *v = get(obj, key, path, json::value_t::object);
        if (!v)
            return tallies;
        for (const auto &[name, entry] : v->items()) {
            const ErrorKey k = errorKeyFromName(QString::fromStdString(name));
            if (k < 0) {
                error = path + QLatin1Char('.') + QLatin1String(key) + QLatin1Char('.') + QString::fromStdString(name) +
                        QStringLiteral(": unknown error class");
                return tallies;
            }
            if (entry.is_number())
                tallies[k] = {entry.get<qint64>(), {}};
            else if (entry.is_object())
                tallies[k] = {entry.value("count", qint64(0)), qstr(entry.value("sample", json()))};
        }
        return tallies;
    }
};

QDateTime parseTime(const QString &s)
{
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

} // namespace

json reportToJson(const RunReport &report)
{
    const json planJson = planToJson(report.plan, Redaction::Redact);
    const std::vector<double> shares = report.plan.scenarioShares();
    json phases = json::array();
    for (const PhaseResult &phase : report.phases) {
        json config = json::object();
        if (planJson.contains("phases")) {
            for (const json &p : planJson.at("phases")) {
                if (p.value("name", std::string()) == str(phase.phase.name))
                    config = p;
            }
        }
        phases.push_back(phaseJson(phase, config, shares, report.plan));
    }
    StatsBlock all(static_cast<int>(report.plan.scenarios.size()));
    for (const PhaseResult &phase : report.phases)
        all.add(phase.totals);
    // One imported summary phase: its stated latencies are the run's.
    const std::optional<LatencySummary> stated =
        report.phases.size() == 1 ? report.phases.front().statedLatency : std::nullopt;
    json out = {
        {"format", RunReport::formatId},
        {"plan", planJson},
        {"started_at", isoTime(report.startedAt)},
        {"ended_at", isoTime(report.endedAt)},
        {"machine",
         {{"cores", report.machine.cores},
          {"os", str(report.machine.os)},
          {"host", str(report.machine.host)},
          {"qt_version", str(report.machine.qtVersion)},
          {"app_version", str(report.machine.appVersion)},
          {"transport", str(report.transport)},
          {"worker_threads", report.workerThreads},
          {"tls_verify", report.plan.tlsVerify}}},
        {"verdict", str(verdictName(report.verdict))},
        {"complete", report.complete},
        {"aborted", report.aborted},
        {"summary", seedSummary(all, stated)},
        {"phases", phases},
    };
    if (report.aborted)
        out["abort_reason"] = str(report.abortReason);
    if (!report.importedFrom.isEmpty())
        out["imported_from"] = str(report.importedFrom);
    json warnings = json::array();
    for (const QString &warning : generatorWarnings(report))
        warnings.push_back(str(warning));
    out["warnings"] = warnings; // the load generator's: see each phase's load_generator
    return out;
}

std::optional<RunReport> reportFromJson(const QByteArray &bytes, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const json root = json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (root.is_discarded() || !root.is_object())
        return fail(QStringLiteral("not a JSON object"));
    if (root.value("format", std::string()) != RunReport::formatId)
        return fail(QStringLiteral("format: expected \"%1\"").arg(QLatin1String(RunReport::formatId)));

    RunReport report;
    const PlanParseResult plan = parsePlan(QByteArray::fromStdString(root.value("plan", json()).dump()));
    if (!plan.plan) {
        QString first = plan.diagnostics.empty() ? QString() : plan.diagnostics.front().toString();
        return fail(QStringLiteral("plan: ") + first);
    }
    report.plan = *plan.plan;
    Reader r;
    report.startedAt = parseTime(r.string(root, "started_at", {}));
    report.endedAt = parseTime(r.string(root, "ended_at", {}));
    if (const json *m = r.get(root, "machine", {}, json::value_t::object)) {
        report.machine.cores = int(r.integer(*m, "cores", QStringLiteral("machine")));
        report.machine.os = qstr(m->value("os", json()));
        report.machine.host = qstr(m->value("host", json()));
        report.machine.qtVersion = qstr(m->value("qt_version", json()));
        report.machine.appVersion = qstr(m->value("app_version", json()));
        report.transport = qstr(m->value("transport", json()));
        report.workerThreads = m->value("worker_threads", 0);
    }
    report.complete = root.value("complete", false);
    report.aborted = root.value("aborted", false);
    report.abortReason = qstr(root.value("abort_reason", json()));
    report.importedFrom = qstr(root.value("imported_from", json()));
    const int scenarioCount = static_cast<int>(report.plan.scenarios.size());

    const json *phases = r.get(root, "phases", {}, json::value_t::array);
    for (std::size_t i = 0; phases && i < phases->size() && r.error.isEmpty(); ++i) {
        const json &pj = phases->at(i);
        const QString path = QStringLiteral("phases[%1]").arg(i);
        PhaseResult phase;
        const QString name = r.string(pj, "name", path);
        const auto config = std::find_if(report.plan.phases.begin(), report.plan.phases.end(),
                                         [&](const Phase &p) { return p.name == name; });
        if (r.error.isEmpty() && config == report.plan.phases.end())
            return fail(path + QStringLiteral(".name: phase \"%1\" is not in the plan").arg(name));
        if (config != report.plan.phases.end()) {
            phase.phase = *config;
            phase.targets = report.plan.effectiveTargets(*config);
        }
        phase.startedAt = parseTime(r.string(pj, "started_at", path));
        phase.endedAt = parseTime(r.string(pj, "ended_at", path));
        phase.loadS = r.number(pj, "load_s", path);
        phase.elapsedS = r.number(pj, "elapsed_s", path);
        phase.stoppedEarly = pj.value("stopped_early", false);
        phase.stopReason = qstr(pj.value("stop_reason", json()));

        StatsBlock &t = phase.totals;
        t = StatsBlock(scenarioCount);
        if (const json *m = r.get(pj, "metrics", path, json::value_t::object)) {
            const QString mp = path + QStringLiteral(".metrics");
            t.requests = r.integer(*m, "requests", mp);
            t.successes = r.integer(*m, "successes", mp);
            t.dropped = r.integer(*m, "dropped", mp);
            t.aborted = r.integer(*m, "aborted", mp);
            t.bytesReceived = m->value("bytes_received", qint64(0));
            t.bytesSent = m->value("bytes_sent", qint64(0));
            t.errors = r.errors(*m, "errors", mp);
        }
        if (const json *h = r.get(pj, "histograms", path, json::value_t::object)) {
            t.latency = r.histogram(*h, "latency_us", path + QStringLiteral(".histograms"));
            t.sendLag = r.histogram(*h, "send_lag_us", path + QStringLiteral(".histograms"));
            if (h->contains("receive_lag_us")) // reports from before receive timestamps have none
                t.receiveLag = r.histogram(*h, "receive_lag_us", path + QStringLiteral(".histograms"));
        }
        if (const json *scenarios = r.get(pj, "scenarios", path, json::value_t::array)) {
            if (r.error.isEmpty() && int(scenarios->size()) != scenarioCount)
                return fail(path + QStringLiteral(".scenarios: %1 entries, the plan has %2")
                                       .arg(scenarios->size())
                                       .arg(scenarioCount));
            for (std::size_t s = 0; s < scenarios->size() && r.error.isEmpty(); ++s) {
                const QString sp = path + QStringLiteral(".scenarios[%1]").arg(s);
                ScenarioBlock &block = t.scenarios[s];
                block.requests = r.integer(scenarios->at(s), "requests", sp);
                block.successes = r.integer(scenarios->at(s), "successes", sp);
                block.errors = r.errors(scenarios->at(s), "errors", sp);
                block.latency = r.histogram(scenarios->at(s), "histogram", sp);
            }
        }
        if (const json *timeline = r.get(pj, "timeline", path, json::value_t::array)) {
            for (std::size_t k = 0; k < timeline->size() && r.error.isEmpty(); ++k) {
                const json &tj = timeline->at(k);
                const QString tp = path + QStringLiteral(".timeline[%1]").arg(k);
                TimelinePoint p;
                p.phase = int(i);
                p.startS = r.number(tj, "t", tp);
                p.lengthS = r.number(tj, "length_s", tp);
                p.requests = r.integer(tj, "requests", tp);
                p.successes = r.integer(tj, "successes", tp);
                p.completed = r.integer(tj, "completed", tp);
                p.dropped = r.integer(tj, "dropped", tp);
                p.rps = r.number(tj, "rps", tp);
                p.p50Ms = r.number(tj, "p50_ms", tp);
                p.p95Ms = r.number(tj, "p95_ms", tp);
                p.p99Ms = r.number(tj, "p99_ms", tp);
                p.activeUsers = int(r.integer(tj, "active_users", tp));
                p.sendLagP99Ms = tj.value("send_lag_p99_ms", -1.0);
                p.generatorCpuPercent = tj.value("generator_cpu_percent", -1.0);
                if (const auto h = tj.find("histogram"); h != tj.end() && h->is_string())
                    p.latencyHistogram = QByteArray::fromBase64(QByteArray::fromStdString(h->get<std::string>()));
                for (const auto &[key, count] : r.errors(tj, "errors", tp))
                    p.errors[key] = count.count;
                phase.timeline.push_back(p);
            }
        }
        if (const auto stated = pj.find("stated_latency_ms"); stated != pj.end() && stated->is_object()) {
            const double nan = std::numeric_limits<double>::quiet_NaN();
            auto value = [&](const char *key) {
                const auto it = stated->find(key);
                return it != stated->end() && it->is_number() ? it->get<double>() : nan;
            };
            LatencySummary l;
            l.minMs = l.p999Ms = nan;
            l.meanMs = value("mean");
            l.p50Ms = value("p50");
            l.p90Ms = value("p90");
            l.p95Ms = value("p95");
            l.p99Ms = value("p99");
            l.maxMs = value("max");
            phase.statedLatency = l;
        }
        if (!r.error.isEmpty())
            return fail(r.error);
        report.phases.push_back(std::move(phase));
    }
    if (!r.error.isEmpty())
        return fail(r.error);
    // Verdicts are recomputed from the data rather than trusted from the file.
    report.evaluate();
    return report;
}

bool writeReportFile(const RunReport &report, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    const std::string text = reportToJson(report).dump(2);
    file.write(text.data(), qint64(text.size()));
    if (!file.commit()) {
        if (error)
            *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return true;
}

std::optional<RunReport> readReportFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path + QStringLiteral(": ") + file.errorString();
        return std::nullopt;
    }
    QString why;
    auto report = reportFromJson(file.readAll(), &why);
    if (!report && error)
        *error = path + QStringLiteral(": ") + why;
    return report;
}

} // namespace ls
