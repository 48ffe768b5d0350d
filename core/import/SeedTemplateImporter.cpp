#include "SeedTemplateImporter.h"

#include "K6Importer.h"

#include <nlohmann/json.hpp>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ls {

namespace {

using json = nlohmann::json;

class SeedImporter
{
public:
    SeedImporter(ImportInput &input, ImportResult &result) : m_input(input), m_result(result) {}
    void run();

private:
    // A count: a non-negative whole number, or a string holding one. nullopt when absent or bad (then failed).
    std::optional<qint64> count(const json &object, const std::string &key, const QString &path);
    std::optional<double> duration(const json &object, const char *key);
    QString where(const QString &key) const { return m_prefix + key; }

    ImportInput &m_input;
    ImportResult &m_result;
    QString m_prefix; // "summary." when the template is a document's "summary" object
};

QString shown(const json &value)
{
    return value.is_string() ? quotedForMessage(QString::fromStdString(value.get<std::string>()))
                             : QString::fromStdString(value.dump());
}

std::optional<qint64> SeedImporter::count(const json &object, const std::string &key, const QString &path)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return std::nullopt;
    double value = -1;
    if (it->is_number()) {
        value = it->get<double>();
    } else if (it->is_string()) {
        const std::string &text = it->get_ref<const std::string &>();
        value = parseNumber(QByteArrayView(text.data(), qsizetype(text.size()))).value_or(-1);
    }
    if (!(value >= 0) || value != std::floor(value) || value > 1e15) {
        m_input.fail(m_input.whole(u"%1: %2 is not a count"_s.arg(path, shown(*it))));
        return std::nullopt;
    }
    return qint64(value);
}

std::optional<double> SeedImporter::duration(const json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return std::nullopt;
    std::optional<double> ms;
    if (it->is_number() && std::isfinite(it->get<double>()) && it->get<double>() >= 0)
        ms = it->get<double>();
    else if (it->is_string())
        ms = parseDurationMs(QString::fromStdString(it->get<std::string>()));
    if (!ms)
        m_input.fail(m_input.whole(u"%1: %2 is not a duration (e.g. \"125ms\", \"1.2s\" or 125)"_s.arg(
            where(QString::fromLatin1(key)), shown(*it))));
    return ms;
}

void SeedImporter::run()
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
        m_input.fail(m_input.whole(u"expected a JSON object (the report template)"_s));
        return;
    }
    if (const auto format = root.find("format");
        format != root.end() && format->is_string() &&
        format->get_ref<const std::string &>().starts_with("loadstudio-report")) {
        m_input.fail(m_input.whole(u"this is a Load Studio report; open it directly"_s));
        return;
    }
    const json *object = &root;
    if (!root.contains("total_requests")) {
        if (const auto summary = root.find("summary"); summary != root.end() && summary->is_object()) {
            object = &*summary;
            m_prefix = u"summary."_s;
        }
    }
    const json &t = *object;
    const std::optional<qint64> total = count(t, "total_requests", where(u"total_requests"_s));
    const std::optional<qint64> successful = count(t, "successful_requests", where(u"successful_requests"_s));
    const std::optional<qint64> failed = count(t, "failed_requests", where(u"failed_requests"_s));
    if (m_input.failed())
        return;
    if (!total) {
        m_input.fail(m_input.whole(where(u"total_requests"_s) + u" missing"_s));
        return;
    }
    if (!successful && !failed) {
        m_input.fail(m_input.whole(where(u"successful_requests"_s) + u" missing"_s));
        return;
    }
    if (*total == 0) {
        m_input.fail(m_input.whole(u"no samples (%1 is 0)"_s.arg(where(u"total_requests"_s))));
        return;
    }
    StatedSummary summary;
    summary.requests = *total;
    summary.successes = successful ? *successful : *total - *failed;
    if (summary.successes < 0 || summary.successes > summary.requests) {
        m_input.fail(m_input.whole(u"%1 (%2) does not fit total_requests (%3)"_s
                                       .arg(where(successful ? u"successful_requests"_s : u"failed_requests"_s))
                                       .arg(successful ? *successful : *failed)
                                       .arg(*total)));
        return;
    }
    const qint64 failures = summary.requests - summary.successes;
    if (successful && failed && *failed != failures)
        m_result.warnings << u"failed_requests (%1) is not total_requests - successful_requests (%2); the latter "
                             "is used"_s.arg(*failed)
                                 .arg(failures);

    if (const auto rate = t.find("success_rate"); rate != t.end() && !rate->is_null()) {
        std::optional<double> percent;
        if (rate->is_number())
            percent = rate->get<double>() >= 0 && rate->get<double>() <= 100 ? std::optional(rate->get<double>())
                                                                             : std::nullopt;
        else if (rate->is_string())
            percent = parsePercent(QString::fromStdString(rate->get<std::string>()));
        if (!percent) {
            m_input.fail(m_input.whole(
                u"%1: %2 is not a percentage (e.g. \"99.5%\")"_s.arg(where(u"success_rate"_s), shown(*rate))));
            return;
        }
    }

    LatencySummary &l = summary.latency;
    l = unstatedLatency();
    const std::pair<double *, const char *> figures[] = {
        {&l.meanMs, "avg_response_time"}, {&l.minMs, "min_response_time"}, {&l.p50Ms, "p50_response_time"},
        {&l.p90Ms, "p90_response_time"},  {&l.p95Ms, "p95_response_time"}, {&l.p99Ms, "p99_response_time"},
        {&l.maxMs, "max_response_time"}};
    for (const auto &[out, key] : figures) {
        if (const std::optional<double> ms = duration(t, key))
            *out = *ms;
    }
    if (m_input.failed())
        return;

    qint64 classified = 0;
    if (const auto errors = t.find("errors"); errors != t.end() && !errors->is_null()) {
        if (!errors->is_object()) {
            m_input.fail(m_input.whole(where(u"errors"_s) + u": not an object of counts by class"_s));
            return;
        }
        QStringList unknown;
        qint64 unknownCount = 0;
        for (const auto &[name, value] : errors->items()) {
            const QString className = QString::fromStdString(name);
            const std::optional<qint64> n = count(*errors, name, where(u"errors."_s + className));
            if (!n)
                return;
            classified += *n;
            const ErrorKey key = errorKeyFromName(className);
            if (key >= 0 && errorClassOf(key) != ErrorClass::None) {
                addTally(summary.errors, key, *n, QString());
            } else {
                unknown << className;
                unknownCount += *n;
            }
        }
        if (!unknown.isEmpty())
            addTally(summary.errors, errorKey(ErrorClass::Other), unknownCount, unknown.join(u", "_s));
    }
    if (classified < failures) {
        addTally(summary.errors, errorKey(ErrorClass::Other), failures - classified,
                 u"not broken down by the source"_s);
        if (classified > 0)
            m_result.warnings << u"the errors add up to %1 of %2 failed requests; the rest is counted as \"other\""_s
                                     .arg(classified)
                                     .arg(failures);
    } else if (classified > failures) {
        m_result.warnings
            << u"the errors add up to %1, more than the %2 failed requests"_s.arg(classified).arg(failures);
    }

    m_result.report = buildStatedReport(m_input.baseName(), m_input.fileName(), ImportFormat::SeedTemplate, summary);
    m_result.missingMetrics = missingStatedMetrics(summary, true);
}

} // namespace

void importSeedTemplate(ImportInput &input, ImportResult &result)
{
    SeedImporter(input, result).run();
}

} // namespace ls
