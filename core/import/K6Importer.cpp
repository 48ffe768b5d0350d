#include "K6Importer.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace ls {

namespace {

using json = nlohmann::json;

QString qstr(const std::string &s)
{
    return QString::fromStdString(s);
}

// A tag's value as text: k6 writes strings, but numbers and booleans are accepted too.
std::optional<std::string> tagText(const json &tags, const char *name)
{
    if (!tags.is_object())
        return std::nullopt;
    const auto it = tags.find(name);
    if (it == tags.end() || it->is_null())
        return std::nullopt;
    if (it->is_string())
        return it->get<std::string>();
    if (it->is_boolean())
        return std::string(it->get<bool>() ? "true" : "false");
    if (it->is_number())
        return it->dump();
    return std::nullopt;
}

int tagInt(const json &tags, const char *name)
{
    const std::optional<std::string> text = tagText(tags, name);
    if (!text)
        return 0;
    const std::optional<double> value = parseNumber(QByteArrayView(text->data(), qsizetype(text->size())));
    return value && *value >= 0 && *value < 1e9 ? int(*value) : 0;
}

// k6's error codes (https://grafana.com/docs/k6/latest/javascript-api/error-codes/) to our classes.
std::optional<ErrorClass> errorClassOfK6Code(int code)
{
    if (code == 1050 || code == 1211)
        return ErrorClass::Timeout; // request timeout, TCP dial timeout
    if (code == 1212)
        return ErrorClass::ConnectionRefused;
    if (code == 1201 || code == 1220)
        return ErrorClass::ConnectionReset; // broken pipe on write, reset by peer
    if (code >= 1100 && code < 1200)
        return ErrorClass::DnsFailure;
    if (code >= 1300 && code < 1400)
        return ErrorClass::TlsError;
    return std::nullopt;
}

class JsonLinesImporter
{
public:
    JsonLinesImporter(ImportInput &input, ImportResult &result) : m_input(input), m_result(result) {}
    void run();

private:
    bool readLine(QByteArrayView text);
    bool readRequest(const json &data, qint64 timeUs, double valueMs);

    ImportInput &m_input;
    ImportResult &m_result;
    ImportBuilder m_builder;
    int m_usersBeforeFirstRequest = -1;
    int m_vusMax = 0;
    bool m_vusSeen = false;
};

bool JsonLinesImporter::readRequest(const json &data, qint64 timeUs, double valueMs)
{
    const json tags = data.contains("tags") ? data.at("tags") : json();
    std::optional<std::string> name = tagText(tags, "name");
    if (!name || name->empty())
        name = tagText(tags, "url");
    ImportSample sample;
    sample.scenario = name ? m_builder.scenarioIndexUtf8(QByteArrayView(name->data(), qsizetype(name->size())))
                           : m_builder.scenarioIndex(QString());
    sample.latencyUs = qint64(std::min(valueMs, 1e12) * 1000.0 + 0.5); // the histogram keeps 1 h at most
    sample.startUs = timeUs - sample.latencyUs;                        // k6 stamps a request's points when it ends
    sample.httpStatus = tagInt(tags, "status");
    if (sample.httpStatus < 100)
        sample.httpStatus = 0;
    const int errorCode = tagInt(tags, "error_code");
    bool success = sample.httpStatus >= 200 && sample.httpStatus < 400 && errorCode == 0;
    if (const std::optional<std::string> expected = tagText(tags, "expected_response"))
        success = *expected == "true";
    if (m_builder.sampleCount() == 0)
        sample.activeUsers = m_usersBeforeFirstRequest;
    if (!success) {
        const QString errorText = qstr(tagText(tags, "error").value_or(std::string()));
        if (const std::optional<ErrorClass> cls = errorClassOfK6Code(errorCode))
            sample.error = errorKey(*cls);
        else if (sample.httpStatus >= 100)
            sample.error = errorKey(ErrorClass::Http, sample.httpStatus); // a status the script did not expect
        else
            sample.error = classifyFailure(0, errorText);
        if (!errorText.isEmpty())
            sample.message = errorText;
        else if (sample.httpStatus > 0)
            sample.message = u"status %1"_s.arg(sample.httpStatus);
        else
            sample.message = errorCode ? u"error_code %1"_s.arg(errorCode) : u"failed (no error tag)"_s;
    }
    m_builder.add(sample);
    return m_input.sample();
}

bool JsonLinesImporter::readLine(QByteArrayView text)
{
    const int line = m_input.lineNumber();
    json j;
    try {
        j = json::parse(text.begin(), text.end());
    } catch (const json::exception &e) {
        return m_input.fail(jsonSyntaxError(m_input, e.what(), line - 1));
    }
    if (!j.is_object())
        return m_input.failAt(line, u"expected a JSON object (a k6 \"Metric\" or \"Point\" line)"_s);
    const auto type = j.find("type");
    if (type == j.end() || !type->is_string())
        return m_input.failAt(line, u"no \"type\" (k6 writes \"Metric\" and \"Point\" lines)"_s);
    if (type->get_ref<const std::string &>() != "Point")
        return true; // metric declarations and anything newer
    const auto metric = j.find("metric");
    if (metric == j.end() || !metric->is_string())
        return m_input.failAt(line, u"a Point without \"metric\""_s);
    const std::string &name = metric->get_ref<const std::string &>();
    if (name != "http_req_duration" && name != "vus" && name != "vus_max")
        return true;
    const auto data = j.find("data");
    if (data == j.end() || !data->is_object())
        return m_input.failAt(line, u"a Point without \"data\""_s);
    const auto time = data->find("time");
    if (time == data->end() || !time->is_string())
        return m_input.failAt(line, u"data.time missing"_s);
    const std::optional<qint64> timeUs = parseRfc3339(time->get_ref<const std::string &>());
    if (!timeUs)
        return m_input.failAt(
            line, u"data.time: %1 is not an RFC 3339 time"_s.arg(quotedForMessage(qstr(time->get<std::string>()))));
    const auto value = data->find("value");
    if (value == data->end() || !value->is_number())
        return m_input.failAt(line, u"data.value: not a number"_s);
    const double v = value->get<double>();
    if (!std::isfinite(v) || v < 0)
        return m_input.failAt(line, u"data.value: %1 is negative"_s.arg(v));
    if (name == "http_req_duration")
        return readRequest(*data, *timeUs, v);
    const int users = int(std::min(v, 1e9));
    if (name == "vus_max") {
        m_vusMax = std::max(m_vusMax, users);
    } else {
        m_vusSeen = true;
        if (m_builder.sampleCount() == 0)
            m_usersBeforeFirstRequest = users;
        else
            m_builder.noteActiveUsers(*timeUs, users);
    }
    return true;
}

void JsonLinesImporter::run()
{
    QByteArrayView line;
    while (m_input.nextLine(&line)) {
        if (line.trimmed().isEmpty())
            continue;
        if (!readLine(line))
            return;
    }
    if (m_input.failed())
        return;
    if (m_builder.sampleCount() == 0) {
        m_input.fail(m_input.whole(u"no samples (no http_req_duration points)"_s));
        return;
    }
    RunReport report =
        m_builder.finish(m_input.baseName(), m_input.fileName(), ImportFormat::K6JsonLines, &m_result.warnings);
    if (!m_vusSeen && m_vusMax > 0) { // only the allocated maximum is known
        report.plan.phases.front().users = m_vusMax;
        report.phases.front().phase.users = m_vusMax;
    }
    m_result.report = std::move(report);
}

// --- The summary export ---

class SummaryImporter
{
public:
    SummaryImporter(ImportInput &input, ImportResult &result) : m_input(input), m_result(result) {}
    void run();

private:
    // metrics.<name>, with the figures either directly inside or under "values" (handleSummary's JSON).
    const json *metric(const json &metrics, const char *name, bool required);
    std::optional<double> figure(const json *metric, const char *metricName, const char *key);

    ImportInput &m_input;
    ImportResult &m_result;
};

const json *SummaryImporter::metric(const json &metrics, const char *name, bool required)
{
    const auto it = metrics.find(name);
    if (it == metrics.end() || it->is_null()) {
        if (required)
            m_input.fail(m_input.whole(u"metrics.%1 missing"_s.arg(QLatin1StringView(name))));
        return nullptr;
    }
    if (!it->is_object()) {
        m_input.fail(m_input.whole(u"metrics.%1: not an object"_s.arg(QLatin1StringView(name))));
        return nullptr;
    }
    const auto values = it->find("values");
    return values != it->end() && values->is_object() ? &*values : &*it;
}

std::optional<double> SummaryImporter::figure(const json *metric, const char *metricName, const char *key)
{
    if (!metric)
        return std::nullopt;
    const auto it = metric->find(key);
    if (it == metric->end() || it->is_null())
        return std::nullopt;
    if (!it->is_number() || !std::isfinite(it->get<double>()) || it->get<double>() < 0) {
        m_input.fail(m_input.whole(u"metrics.%1.%2: %3 is not a non-negative number"_s.arg(
            QLatin1StringView(metricName), QLatin1StringView(key), qstr(it->dump()))));
        return std::nullopt;
    }
    return it->get<double>();
}

void SummaryImporter::run()
{
    const std::optional<QByteArray> bytes = m_input.readAll();
    if (!bytes)
        return;
    json root;
    try {
        root = json::parse(bytes->constBegin(), bytes->constEnd());
    } catch (const json::exception &e) {
        m_input.fail(jsonSyntaxError(m_input, e.what(), -1));
        return;
    }
    if (!root.is_object()) {
        m_input.fail(m_input.whole(u"expected a JSON object (k6's --summary-export)"_s));
        return;
    }
    const auto metrics = root.find("metrics");
    if (metrics == root.end() || !metrics->is_object()) {
        m_input.fail(m_input.whole(metrics == root.end() ? u"metrics missing"_s : u"metrics: not an object"_s));
        return;
    }
    const json *duration = metric(*metrics, "http_req_duration", true);
    const json *reqs = metric(*metrics, "http_reqs", true);
    const json *failed = metric(*metrics, "http_req_failed", false);
    const json *vusMax = metric(*metrics, "vus_max", false);
    const json *vus = metric(*metrics, "vus", false);
    if (m_input.failed())
        return;

    const std::optional<double> count = figure(reqs, "http_reqs", "count");
    const std::optional<double> rate = figure(reqs, "http_reqs", "rate");
    const std::optional<double> passes = figure(failed, "http_req_failed", "passes");
    const std::optional<double> failedRate = figure(failed, "http_req_failed", "value");
    if (m_input.failed())
        return;
    if (!count) {
        m_input.fail(m_input.whole(u"metrics.http_reqs.count missing"_s));
        return;
    }
    if (*count < 1) {
        m_input.fail(m_input.whole(u"no samples (metrics.http_reqs.count is 0)"_s));
        return;
    }
    StatedSummary summary;
    summary.requests = std::llround(*count);
    qint64 failures = 0;
    if (passes) // a rate metric's passes are its non-zero values: here the failed requests
        failures = std::llround(*passes);
    else if (failedRate)
        failures = std::llround(*failedRate * double(summary.requests));
    if (failures > summary.requests) {
        m_input.fail(m_input.whole(
            u"metrics.http_req_failed.passes (%1) exceeds metrics.http_reqs.count (%2)"_s.arg(failures).arg(
                summary.requests)));
        return;
    }
    summary.successes = summary.requests - failures;
    if (failures > 0)
        addTally(summary.errors, errorKey(ErrorClass::Other), failures,
                 u"http_req_failed (k6's summary does not say why)"_s);

    LatencySummary &l = summary.latency;
    l = unstatedLatency();
    const std::pair<double *, const char *> figures[] = {
        {&l.minMs, "min"},   {&l.meanMs, "avg"},  {&l.p50Ms, "med"},      {&l.p90Ms, "p(90)"},
        {&l.p95Ms, "p(95)"}, {&l.p99Ms, "p(99)"}, {&l.p999Ms, "p(99.9)"}, {&l.maxMs, "max"}};
    for (const auto &[out, key] : figures) {
        if (const std::optional<double> value = figure(duration, "http_req_duration", key))
            *out = *value;
    }
    if (m_input.failed())
        return;
    if (rate && *rate > 0)
        summary.durationS = double(summary.requests) / *rate;
    for (const auto &[users, name] : {std::pair{vusMax, "vus_max"}, std::pair{vus, "vus"}}) {
        const double most = std::max(figure(users, name, "max").value_or(0), figure(users, name, "value").value_or(0));
        if (summary.users == 0 && most >= 1)
            summary.users = int(std::min(most, 1e9));
    }
    if (m_input.failed())
        return;

    m_result.report = buildStatedReport(m_input.baseName(), m_input.fileName(), ImportFormat::K6Summary, summary);
    m_result.missingMetrics = missingStatedMetrics(summary, false);
    if (!passes && !failedRate) {
        m_result.missingMetrics.insert(0, u"success_rate"_s);
        m_result.warnings << u"metrics.http_req_failed missing: every request counted as a success"_s;
    }
}

} // namespace

QString jsonSyntaxError(const ImportInput &input, const char *what, int lineOffset)
{
    // nlohmann: "[json.exception.parse_error.101] parse error at line 4, column 3: syntax error while parsing ..."
    const std::string_view text(what);
    const bool document = lineOffset < 0;
    lineOffset = std::max(lineOffset, 0);
    int line = 0;
    int column = 0;
    std::string_view detail = text;
    if (const std::size_t at = text.find("at line "); at != std::string_view::npos) {
        std::size_t pos = at + 8;
        for (; pos < text.size() && text[pos] >= '0' && text[pos] <= '9'; ++pos)
            line = line * 10 + (text[pos] - '0');
        if (text.substr(pos, 9) == ", column ") {
            for (pos += 9; pos < text.size() && text[pos] >= '0' && text[pos] <= '9'; ++pos)
                column = column * 10 + (text[pos] - '0');
        }
        if (const std::size_t colon = text.find(": ", pos); colon != std::string_view::npos)
            detail = text.substr(colon + 2);
    } else if (const std::size_t bracket = text.find("] "); bracket != std::string_view::npos) {
        detail = text.substr(bracket + 2);
    }
    QString message = u"not valid JSON: "_s + QString::fromUtf8(detail.data(), qsizetype(detail.size()));
    if (column > 0)
        message += u" (column %1)"_s.arg(column);
    if (line == 0 && document)
        return input.whole(message);
    return input.at(lineOffset + std::max(line, 1), message);
}

void importK6JsonLines(ImportInput &input, ImportResult &result)
{
    JsonLinesImporter(input, result).run();
}

void importK6Summary(ImportInput &input, ImportResult &result)
{
    SummaryImporter(input, result).run();
}

} // namespace ls
